# Lines after f-strings and t-strings whose injected text holds newlines: stock's lexer reads
# the text it injects (fields' expressions; a t-string's parts, where a backslash-newline keeps
# its newline) after the literal and counts those newlines a second time, so everything after
# such a literal, and the rest of the file, is that many lines further on.
x, y, d = 1, 2, {"k": 3}
a = f"""{
x + y} and {d[
"k"]}"""
print(a)
b = f"""{[i
for i in range(3)
if i]}"""
print(b, f"""{ {1:
2} }""")


def f():
    return f"""{x!r:>{
y}}""", x


c = t"a\
b{x}c\
d{y!r}"
e = t"""{x}\
{y:>{x}}"""
g = [
    t"{x}\
", f"""{(x,
y)}"""]
print(c, e, g, f())


class K:
    def m(self):
        return f"""{
f"{x
}"}"""


print(K().m())
# An f-string inside a field, then a newline before the field ends: stock skips that newline
# before it reads the inner literal's text.
h = f'''{
f"={d["k"]!s:{"<"}{4}}={x + 1}"
} {d["k"]}'''
print(h)
