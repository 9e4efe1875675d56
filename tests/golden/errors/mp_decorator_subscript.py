handlers = [staticmethod]


class Tool:
    @handlers[0]
    def run():
        return 1
