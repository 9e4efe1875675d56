X = const([1])
