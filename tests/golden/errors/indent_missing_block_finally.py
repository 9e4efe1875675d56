log = []
try:
    log.append("work")
finally:
log.append("done")
