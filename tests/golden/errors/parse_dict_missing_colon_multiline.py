CONFIG = {
    "name": "demo",
    "debug": False,
    "level"
        : 3,
    "path" "/tmp",
}
