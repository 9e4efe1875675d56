# Escape sequences in string literals, raw strings and triple-quoted strings.

s = "tab:\t| nl:\n| cr:\r| bs:\\| q:\'\"| bell:\a| bsp:\b| ff:\f| vt:\v| nul:\0|"
print(repr(s))
print([ord(c) for c in "\a\b\f\n\r\t\v\0\\"])
print("\x41\x42\x43", "\101\102\103", "\u0041\u00e9\u20ac", "\U0001F600" == chr(0x1F600), "\7\77\777" == chr(7) + "?" + chr(511))
print(len("\x00\x01"), len("\u20ac"), len("\U00010000"), ord("\777"))

# Raw strings keep backslashes.
r = r"C:\new\table\x41"
print(r, len(r), r.count("\\"), r"\"" == '\\"', r"\n" == "\\n", r"\\")

# Line continuation inside a string literal.
long = "first part \
second part"
print(long)

# Triple-quoted strings keep newlines and quotes.
t = """He said "hi"
and 'bye'
"""
print(repr(t), t.count("\n"))
t2 = '''x\
y'''
print(t2)

# Unknown escapes stay as they are in CPython; only valid ones are used here.
print("\\d", "\\w+", "a\\\\b", len("\\\\"))

# Quotes of the other kind need no escape.
print('say "yes"', "it's", '\'', "\"")

# Octal and hex boundaries.
print([ord(c) for c in ("\0", "\00", "\000", "\1", "\17", "\177", "\x7f", "\xff")])
