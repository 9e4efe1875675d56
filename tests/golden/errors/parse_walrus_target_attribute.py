class C:
    pass


c = C()
if (c.value := 10) > 5:
    pass
