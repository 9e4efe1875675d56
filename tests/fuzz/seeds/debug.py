if __debug__:
    x = __debug__
__debug__ = 1
