# Conway's Game of Life on a small wrapping grid, run for a few generations
# from a glider; cells are kept in a set of (row, col) tuples.

ROWS, COLS = 8, 10


def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or n == 2 and cell in live}


def show(live):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(COLS)) for r in range(ROWS))


cells = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
for gen in range(4):
    print("generation", gen, "population", len(cells))
    print(show(cells))
    cells = step(cells)
for _ in range(36):
    cells = step(cells)
print(sorted(cells))
