def configure(
    name,
    debug=False,
    level,
):
    return name
