def log(msg):
    print(msg)


log("starting)
log("done")
