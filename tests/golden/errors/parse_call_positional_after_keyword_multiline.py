def plot(x, y, color="k", width=1):
    return x, y, color, width


plot(
    1,
    color="red",
    2,
)
