# A tiny stack machine: a tokenizer, a compiler from infix to postfix
# (shunting-yard) and an evaluator, all driven by small dispatch tables.

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}


def tokenize(src):
    tokens, num = [], ""
    for ch in src + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            tokens.append(int(num))
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError("bad character " + ch)
    return tokens


def to_postfix(tokens):
    out, stack = [], []
    for tok in tokens:
        if isinstance(tok, int):
            out.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while (stack and stack[-1] != "(" and
                   (PREC[stack[-1]] > PREC[tok] or
                    PREC[stack[-1]] == PREC[tok] and tok not in RIGHT)):
                out.append(stack.pop())
            stack.append(tok)
    while stack:
        out.append(stack.pop())
    return out


def run(program):
    stack = []
    for op in program:
        if isinstance(op, int):
            stack.append(op)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[op](a, b))
    (result,) = stack
    return result


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "((15))", "2 * (3 + 4) ^ 2 - 1"]:
    post = to_postfix(tokenize(src))
    print("%-20s %-28s %d" % (src, " ".join(map(str, post)), run(post)))
try:
    tokenize("1 + x")
except ValueError as e:
    print(e)
