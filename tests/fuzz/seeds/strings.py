a = 'single' "double" '''triple''' """triple"""
b = b'bytes\x00\xff' rb'raw\d' br"raw2"
c = r'\n raw' u'unicode \u00e9 \U0001F600 \N{BULLET}'
d = '\a\b\f\n\r\t\v\\\'\"\101\7\x41 \q'
e = """multi
line
""" 'joined'
f = 'back\
slash'
g = 'é ü 中文 😀'
