# Indented block at end of file without final newline, ending in a comment.
for i in range(2):
    if i:
        print("last", i)  # trailing comment