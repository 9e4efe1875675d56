# A tokenizer written as one long generator: a while loop with a long if/elif chain, a yield in
# most branches, nested loops for numbers and names, and a helper generator for strings, so the
# generator's body needs two-byte jumps and its state survives many suspensions.

KEYWORDS = ("if", "else", "while", "def", "return")


def string_token(src, i, quote):
    j = i + 1
    out = ""
    while j < len(src) and src[j] != quote:
        if src[j] == "\\" and j + 1 < len(src):
            j += 1
            out += {"n": "\n", "t": "\t"}.get(src[j], src[j])
        else:
            out += src[j]
        j += 1
    if j >= len(src):
        raise SyntaxError("unterminated string")
    yield "STR", out
    return j + 1


def tokens(src):
    i = 0
    line = 1
    depth = 0
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
            if depth == 0:
                yield "NL", line - 1
        elif ch in " \t":
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("FLOAT", float(text)) if "." in text else ("INT", int(text))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KW" if word in KEYWORDS else "NAME"), word
            i = j
        elif ch in "\"'":
            i = yield from string_token(src, i, ch)
        elif ch in "([{":
            depth += 1
            yield "OPEN", ch
            i += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                raise SyntaxError("unbalanced %s on line %d" % (ch, line))
            yield "CLOSE", ch
            i += 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**", "//", "->"):
            yield "OP", src[i:i + 2]
            i += 2
        elif ch in "+-*/%<>=:,.":
            yield "OP", ch
            i += 1
        else:
            raise SyntaxError("bad character %r on line %d" % (ch, line))
    yield "END", line


src = """def area(w, h=2.5):  # comment
    if w >= 10 and h != 0:
        return w * h // 3
    return "small\\tcase"
print(area(12), [1, 2,
  3], {'k': 'v'})
"""
for tok in tokens(src):
    print(tok)

for bad in ("x = (1))", "a = 'open", "a ? b"):
    try:
        print(list(tokens(bad)))
    except SyntaxError as e:
        print("SyntaxError", e.args)
