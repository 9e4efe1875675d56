del [a, b]
