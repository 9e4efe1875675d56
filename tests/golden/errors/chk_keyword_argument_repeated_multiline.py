def connect(**options):
    return options


conn = connect(
    host="localhost",
    port=8080,
    timeout=3,
    port=9090,
)
