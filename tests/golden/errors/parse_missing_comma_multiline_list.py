WEEKDAYS = [
    "mon",
    "tue",
    "wed"
    "thu",
    "fri",
    7
    "sat",
]
