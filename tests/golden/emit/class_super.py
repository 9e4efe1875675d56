class A(B):
    x = 1
    def m(self, a):
        return super().m(a)
