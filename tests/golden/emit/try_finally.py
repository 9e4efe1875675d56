try:
    x = 1
finally:
    print('end')
