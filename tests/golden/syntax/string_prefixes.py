# String and bytes literal prefixes MicroPython accepts, in single, double
# and triple quotes.

values = [
    "plain", 'single',
    u"unicode", u'u2',
    r"raw\n", r'raw\t',
    b"bytes", b'b2',
    rb"raw bytes\x00", br"br\d", rb'rb2', br'br2',
    f"f-{1 + 1}", f'f2',
    rf"rf\n{2}", fr"fr\t{3}", rf'{4}\d', fr'{5}',
    """triple""", '''triple single''',
    r"""raw triple\n""", b"""bytes triple""", rb'''rb triple\x''',
    f"""f triple {6}""", rf'''rf triple {7}\n''',
]
for v in values:
    print(type(v).__name__, len(v), v)
