# Utility module.
import sys

matrix = [
    [1, 2, 3],
    [4, 5, 6],

def first():
    return matrix[0]
