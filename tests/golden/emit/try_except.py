try:
    x = int('5')
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    x = 0
