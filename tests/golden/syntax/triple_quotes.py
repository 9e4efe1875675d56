# Triple-quoted strings: multi-line bodies, embedded quotes, docstrings on
# modules, functions and classes, and raw triple strings.
"""Module docstring
spanning lines."""


def documented():
    """Return a constant.

    The body of this docstring has "quotes" and 'apostrophes'.
    """
    return 1


class Documented:
    '''Class docstring with ''' "adjacent" ''' parts.'''

    def method(self):
        """One line."""
        return 2


poem = """Roses are red,
  violets are "blue",
"" quotes inside ""
and the end."""
sql = '''SELECT *
FROM t -- 'x'
WHERE a = ''b'' '''
raw = r"""C:\new\table
\end"""
empty1 = """"""
empty2 = ''''''
edge = """ends with quote\""""
for text in (poem, sql, raw, empty1, empty2, edge):
    print(len(text), text.count("\n"))
    print(text)
print(documented(), Documented().method())
