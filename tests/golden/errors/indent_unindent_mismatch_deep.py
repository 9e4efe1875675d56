class Parser:
    def parse(self, text):
        for line in text.splitlines():
            if line:
                self.feed(line)
          self.done()
