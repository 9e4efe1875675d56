def connect(**kw):
    return kw


connect(host="a", port=1, host="b")
