result = max(
    3,
    4,
]
