class Grid:
    def __getitem__(self, key):
        return key


idx = (1, 2)
print(Grid()[*idx])
