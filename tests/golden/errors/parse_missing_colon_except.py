def parse(s):
    try:
        return int(s)
    except ValueError as e
        return None
