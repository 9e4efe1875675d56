# Recursion: towers of Hanoi, permutations, power set, Ackermann on small
# inputs, flood fill and mutual recursion.


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[items[i]] + rest for i in range(len(items)) for rest in permutations(items[:i] + items[i + 1:])]


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flood(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return

    def fill(r, c):
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            fill(r + 1, c); fill(r - 1, c); fill(r, c + 1); fill(r, c - 1)

    fill(r, c)


print(len(hanoi(5)), " ".join(hanoi(3)))
print(["".join(p) for p in permutations(list("abc"))])
print(sorted(power_set([1, 2, 3])), ackermann(2, 3))
print(is_even(10), is_odd(7), is_even(3))
g = [list(row) for row in ["..#..", ".##..", "#...#", "..#.."]]
flood(g, 0, 0, "o")
print("\n".join("".join(row) for row in g))
