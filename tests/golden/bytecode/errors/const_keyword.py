from micropython import const
X = const(1)
f(X=1)
