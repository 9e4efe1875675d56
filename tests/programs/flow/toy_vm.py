# A stack-machine interpreter written as one long function: a while loop around a long elif
# chain with try/except inside, so the loop body is over a kilobyte of bytecode and its jumps
# (back to the loop top, over the remaining branches, to the handler) all need two-byte offsets.


def run(code, trace=False):
    stack = []
    env = {}
    out = []
    pc = 0
    steps = 0
    while pc < len(code):
        op = code[pc]
        arg = code[pc + 1] if pc + 1 < len(code) else None
        pc += 2
        steps += 1
        if steps > 500:
            out.append("step limit")
            break
        try:
            if op == "push":
                stack.append(arg)
            elif op == "pop":
                stack.pop()
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "add":
                b = stack.pop()
                stack.append(stack.pop() + b)
            elif op == "sub":
                b = stack.pop()
                stack.append(stack.pop() - b)
            elif op == "mul":
                b = stack.pop()
                stack.append(stack.pop() * b)
            elif op == "div":
                b = stack.pop()
                stack.append(stack.pop() // b)
            elif op == "mod":
                b = stack.pop()
                stack.append(stack.pop() % b)
            elif op == "lt":
                b = stack.pop()
                stack.append(stack.pop() < b)
            elif op == "eq":
                b = stack.pop()
                stack.append(stack.pop() == b)
            elif op == "not":
                stack.append(not stack.pop())
            elif op == "store":
                env[arg] = stack.pop()
            elif op == "load":
                stack.append(env[arg])
            elif op == "jmp":
                pc = arg
            elif op == "jz":
                if not stack.pop():
                    pc = arg
            elif op == "print":
                out.append(stack.pop())
            elif op == "halt":
                break
            else:
                raise ValueError("bad op " + str(op))
        except ZeroDivisionError:
            out.append("div by zero at %d" % (pc - 2))
            stack.append(0)
        except (IndexError, KeyError) as e:
            out.append("fault %s at %d" % (type(e).__name__, pc - 2))
            break
        if trace:
            out.append(len(stack))
    return out, sorted(env.items())


# Sum of 1..10.
prog = ["push", 0, "store", "s", "push", 1, "store", "i",
        "load", "i", "push", 11, "lt", None, "jz", 32,
        "load", "s", "load", "i", "add", None, "store", "s",
        "load", "i", "push", 1, "add", None, "store", "i", "jmp", 8]
prog[15] = 34
prog += ["load", "s", "print", None, "halt", None]
print(run(prog))

# Factorials printed in a loop.
fact = ["push", 1, "store", "f", "push", 1, "store", "n",
        "load", "f", "load", "n", "mul", None, "dup", None, "print", None, "store", "f",
        "load", "n", "push", 1, "add", None, "dup", None, "store", "n",
        "push", 7, "lt", None, "not", None, "jz", 8, "halt", None]
print(run(fact))

print(run(["push", 7, "push", 0, "div", None, "print", None, "push", 5, "push", 3, "mod", None,
           "print", None]))
print(run(["push", 1, "pop", None, "pop", None, "print", None]))
print(run(["load", "missing"]))
print(run(["jmp", 0]))
print(run(["push", 2, "push", 3, "swap", None, "sub", None, "print", None], trace=True))
try:
    run(["bogus", 1])
except ValueError as e:
    print("ValueError", e.args)
