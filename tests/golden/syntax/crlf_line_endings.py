# Lines end with carriage return + line feed in this file.
def greet(name):
    if name:
        return "hi " + name
    return "nobody"


text = """two
lines"""
print(greet("crlf"), greet(""), len(text), text.count("\r"))
value = (1 +
         2)
print(value)
