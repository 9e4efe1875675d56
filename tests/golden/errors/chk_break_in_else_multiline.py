def scan(items):
    for item in items:
        if item:
            continue
    else:
        while False:
            pass
        break
