# Replacement-field expressions that contain string literals with '!', ':'-free text and
# quotes, where a '!' right before the field's end belongs to a string, not a conversion.

mark = "!"
print(f"{'!'}", f"{'?'}", f"{'x!y'}", f"{'!r'}", f"{'!s'}", f"{'!' + 'r'}")
print(f"{'a' + '!'}", f"{'!':>3}|", f"{'!':*^5}", f"{mark + '!'}", f"{'wow' + mark * 2}")
print(f'{"!"}', f'{"!"!r}', f"{'!'!s:>2}", f"{['!']}", f"{('!',)}", f"{ {'k': '!'}['k'] }")
print(f"{1 != 2}", f"{1 != 2!r}", f"{'a' != '!'}", f"{mark == '!'}")
words = ["hey", "you"]
print(f"{' '.join(w + '!' for w in words)}", f"{len('!!!')}", f"{'!'.join(words)}")
