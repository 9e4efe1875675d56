def temp():
    return [1]


del temp()
