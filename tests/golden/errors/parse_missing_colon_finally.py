f = None
try:
    f = 1
finally
    f = None
