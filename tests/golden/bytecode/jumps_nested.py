# Generated blocks nested six deep with jumps of every length, forward and backward, near the
# one-byte limits: the jump sizes must settle where stock's passes settle them.
def f(x, y, a, b, c, d, m, E, g):
    while x < 90:
        pass
        x = (1, 2, 3)
        for i in range(1, x, 2):
            print(x, y)
            if x > 4:
                x += 1
                f(x)
                x = (1, 2, 3)
                z = x.y.z
                y = [x, x, x]
                try:
                    y = [x, x, x]
                except E as e:
                    with m(x) as q:
                        if x > 1:
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = 'a' + str(x)
                            x = 'a' + str(x)
                            f(x)
                            pass
                            x = x + 1
                            y = [x, x, x]
                        x = a if b else [c for c in d if c and x or y]
                        x = 'a' + str(x)
                        x = a if b else [c for c in d if c and x or y]
                        print(x, y)
                        if x > 8:
                            x = x + 1
                            x = x + 1
                            x = a if b else [c for c in d if c and x or y]
                            pass
                            x = a if b else [c for c in d if c and x or y]
                            pass
                            y = [x, x, x]
                            x = x + 1
                            x = a if b else [c for c in d if c and x or y]
                            pass
                            x = a if b else [c for c in d if c and x or y]
                            g(a, b=2)
                            x = 'a' + str(x)
                            x = a if b else [c for c in d if c and x or y]
                            z = x.y.z
                            x = a if b else [c for c in d if c and x or y]
                        else:
                            print(x, y)
                            g(a, b=2)
                            x = a if b else [c for c in d if c and x or y]
                            x = 'a' + str(x)
                            g(a, b=2)
                            x = 'a' + str(x)
                            x = x + 1
                            x = x + 1
                            g(a, b=2)
                            pass
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            f(x)
                            x += 1
                            print(x, y)
                        print(x, y)
                        while x < 80:
                            f(x)
                            pass
                            x = a if b else [c for c in d if c and x or y]
                            z = x.y.z
                            pass
                            x += 1
                            y = [x, x, x]
                            x = (1, 2, 3)
                            x = a if b else [c for c in d if c and x or y]
                            x = x + 1
                            x = a if b else [c for c in d if c and x or y]
                            y = [x, x, x]
                            x = a if b else [c for c in d if c and x or y]
                            print(x, y)
                            x = a if b else [c for c in d if c and x or y]
                            y = [x, x, x]
                            x = (1, 2, 3)
                            x = a if b else [c for c in d if c and x or y]
                        while x < 68:
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            z = x.y.z
                            x = (1, 2, 3)
                            x = (1, 2, 3)
                            x = x + 1
                            x = (1, 2, 3)
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            y = [x, x, x]
                            if x: break
                            if y: continue
                        y = [x, x, x]
                        x = 'a' + str(x)
                        if x > 1:
                            y = [x, x, x]
                            x = a if b else [c for c in d if c and x or y]
                            z = x.y.z
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                        f(x)
                        while x < 31:
                            x = x + 1
                            pass
                            g(a, b=2)
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            pass
                            x = a if b else [c for c in d if c and x or y]
                            x = (1, 2, 3)
                            x = a if b else [c for c in d if c and x or y]
                            x += 1
                            x = a if b else [c for c in d if c and x or y]
                            print(x, y)
                            x += 1
                            x = a if b else [c for c in d if c and x or y]
                            x += 1
                            x = x + 1
                            x = a if b else [c for c in d if c and x or y]
                            x += 1
                            print(x, y)
                        print(x, y)
                    x = x + 1
                    while x < 98:
                        x = a if b else [c for c in d if c and x or y]
                        pass
                        f(x)
                        if x > 8:
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                        elif x == 3:
                            g(a, b=2)
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            print(x, y)
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            x = a if b else [c for c in d if c and x or y]
                            y = [x, x, x]
                            x = 'a' + str(x)
                            print(x, y)
                            x = a if b else [c for c in d if c and x or y]
                            pass
                        else:
                            pass
                        pass
                    pass
                finally:
                    pass
                pass
            pass
            if i == 3: break
        pass
    pass
    return x
print(1)
