# Subscripts and slices: negative indices, steps, omitted bounds, tuple
# subscripts, slices inside tuples and custom __getitem__.


class Probe:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)


s = "abcdefghij"
nums = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[:], s[3:-3])
letters = list(s)
print(letters[::2], letters[::-1], letters[1:8:3])
print(nums[-3:], nums[:-7], nums[-1:-4:-1], nums[5::-2], nums[::3])
print(nums[1:2:], nums[: :], nums[len(nums) // 2], nums[-len(nums)])
p = Probe()
print(p[1], p[1, 2], p[1:2], p[::], p[1:2, 3], p[:, 0])
print(p[..., 1], p[(1, 2)], p[1:2:3, ::4])
p[0] = "zero"
p[1:3] = "slice"
p["a", "b"] = "tuple"
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid[1][2], grid[-1][-1], [row[1] for row in grid])
d = {(1, 2): "pair"}
print(d[1, 2], d[(1, 2)])
nums[2:5] = []
nums[:0] = [-1]
print(nums)
