# Helper for import/import_once.py: says when its body runs.
runs = globals().get("runs", 0) + 1
print("noisy body runs")
VALUE = [1, 2, 3]
