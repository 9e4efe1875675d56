# A small recursive-descent parser for a JSON subset, and a serializer that
# sorts keys, round-tripped over a nested document.


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise SyntaxError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise SyntaxError("unexpected %r" % ch)

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        while self.peek() != "]":
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
        self.pos += 1
        return out

    def string(self):
        self.expect('"')
        end = self.text.index('"', self.pos)
        s = self.text[self.pos:end]
        self.pos = end + 1
        return s

    def number(self):
        start = self.pos
        self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])


def dump(v):
    if isinstance(v, dict):
        return "{" + ", ".join('"%s": %s' % (k, dump(v[k])) for k in sorted(v)) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"'
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


doc = """{"name": "sensor", "ids": [1, 22, -3], "meta": {"ok": true, "err": null,
  "tags": ["a", "b"], "empty": {}}, "off": false}"""
tree = Parser(doc).value()
text = dump(tree)
print(text)
print(dump(Parser(text).value()) == text)
try:
    Parser('{"a" 1}').value()
except SyntaxError as e:
    print("error:", e)
