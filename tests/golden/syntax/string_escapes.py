# Every escape sequence in str and bytes literals, plus backslash-newline
# inside a literal and escapes of both quote characters.

simple = "\\ \' \" \a \b \f \n \r \t \v"
print([ord(c) for c in simple])
octal = "\0 \7 \12 \101 \177 \0012"
print([ord(c) for c in octal])
hexes = "\x00\x41\x7e\xff\xAB"
print([ord(c) for c in hexes])
uni = "\u0041\u00e9\u20ac\U0001F600\U00000042"
print([ord(c) for c in uni], len(uni))
joined = "first \
second"
print(joined)
quotes = 'it\'s "fine"', "say \"hi\" it's"
print(quotes[0], quotes[1])
raw = r"\n\t\\\"", r'\'', r"\x41"
print([len(r) for r in raw])
kept = "\q \% \z"
print(len(kept), kept[0], kept[1])
data = b"\x00\x01\n\t\\\'\"\101\177\xfe"
print(list(data))
bkept = b"\u0041 \U00000041"
print(len(bkept))
triple = """line one\
 still one
line two\tTab \"""" + '''a\'''b'''
print(triple)
