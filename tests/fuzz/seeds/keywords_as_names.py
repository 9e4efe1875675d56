True = 1
None.x = 2
x.if = 3
match = case = type = _ = 1
