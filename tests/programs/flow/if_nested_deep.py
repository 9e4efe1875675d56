# Deeply nested if/else statements (fifteen levels) in one function, with work at every level,
# else branches at several depths, and a nested chain that classifies bit patterns.


def bits(n):
    out = ""
    if n & 1:
        out += "a"
        if n & 2:
            out += "b"
            if n & 4:
                out += "c"
                if n & 8:
                    out += "d"
                    if n & 16:
                        out += "e"
                        if n & 32:
                            out += "f"
                            if n & 64:
                                out += "g"
                                if n & 128:
                                    out += "h"
                                    if n & 256:
                                        out += "i"
                                        if n & 512:
                                            out += "j"
                                            if n & 1024:
                                                out += "k"
                                                if n & 2048:
                                                    out += "l"
                                                    if n & 4096:
                                                        out += "m"
                                                        if n & 8192:
                                                            out += "n"
                                                            if n & 16384:
                                                                out += "o"
                                                            else:
                                                                out += "-o"
                                                        else:
                                                            out += "-n"
                                                else:
                                                    out += "-l"
                                        else:
                                            out += "-j"
                                else:
                                    out += "-h"
                        else:
                            out += "-f"
                else:
                    out += "-d"
        else:
            out += "-b"
    else:
        out += "-a"
    return out


for n in (0, 1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047, 4095, 8191, 16383, 32767, 5, 23):
    print(n, bits(n))


def classify(x, y, z):
    if x > 0:
        if y > 0:
            if z > 0:
                return "+++"
            else:
                if z == 0:
                    return "++0"
                return "++-"
        elif y == 0:
            return "+0?"
        else:
            if z > 0:
                return "+-+"
            return "+-?"
    else:
        if y > 0 and z > 0:
            return "?++"
        elif y > 0 or z > 0:
            if y > 0:
                return "?+?"
            return "??+"
        return "???"


print([classify(x, y, z) for x in (-1, 1) for y in (-1, 0, 1) for z in (-1, 0, 1)])
