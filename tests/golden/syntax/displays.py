# Tuple, list, dict and set displays: empty, single element, trailing
# commas, nesting, displays spread over lines, and parenthesised forms.

empty = [(), [], {}, set()]
singles = [(1,), [1], {1: 1}, {1}]
trailing = [(1, 2,), [1, 2,], {1: 2,}, {1,}]
bare = 1, 2, 3
one = 4,
nested = ((1, [2, {3: (4,)}]), [[[]]], {"k": {"k2": [5]}})
spread = {
    "alpha": [
        1,
        2,
    ],
    "beta": (
        3,
        4,
    ),
    "gamma": {
        5,
    },
}
keys = {True: "t", 1.5: "f", "s": "s", (1, 2): "tuple", None: "none"}
print(empty, singles, trailing, bare, one)
print(nested)
print(sorted(spread), spread["alpha"], spread["beta"], sorted(spread["gamma"]))
print(keys[True], keys[1.5], keys[(1, 2)], keys[None], len(keys))
print(sorted({3, 1, 2}), sorted({"b": 1, "a": 2}.items()), list((1, 2)))
print([1, 2][1], (3, 4)[0], {"x": 5}["x"], {6, 7} & {7, 8})
