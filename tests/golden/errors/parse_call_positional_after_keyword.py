def connect(host, port, timeout=10):
    return host, port, timeout


conn = connect(host="localhost", 8080)
