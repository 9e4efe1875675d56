class C:
    def f():
        super().x()
