# String processing: Caesar cipher, run-length encoding, palindromes,
# formatting with %, str.format and f-strings, and bytes round trips.


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def rle(text):
    if not text:
        return []
    runs = [[text[0], 1]]
    for ch in text[1:]:
        if ch == runs[-1][0]:
            runs[-1][1] += 1
        else:
            runs.append([ch, 1])
    return "".join("%d%s" % (n, c) for c, n in runs)


def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalpha()]
    return letters == letters[::-1]


msg = "Hello, World!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print(rle("aaabccddddde"), rle("x"))
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("abc"))
print("%5s|%-5s|%05d|%x|%o|%c|%%" % ("ab", "cd", 42, 255, 8, 65))
print("{0}{1}{0}".format("ab", "-"), "{:*^9}".format("mid"), "{:+d}".format(5))
print(f"{msg.upper()!r:>16}", msg.replace("l", "L", 2), msg.find("o"), msg.rfind("o"))
print(msg.split(", "), " x ".strip(), "a-b-c".rsplit("-", 1), "[%s]" % "ab".center(6))
print(msg.startswith("He"), msg.endswith("!"))
data = msg.encode()
print(data, data.decode() == msg, bytes(range(65, 70)), bytearray(b"xy") + b"z")
print(",".join(["%d" % i for i in range(5)]), "abc" * 2, "abc" < "abd", str(3.5), repr("q'"))
