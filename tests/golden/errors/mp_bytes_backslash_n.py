data = b"\N"
