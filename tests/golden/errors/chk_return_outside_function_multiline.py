values = [1, 2, 3]
total = sum(values)
if total:
    return (
        total,
        len(values),
    )
