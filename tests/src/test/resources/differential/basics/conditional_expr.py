# conditional expressions: nesting, laziness, precedence
def side(x):
    print("eval", x)
    return x
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 1 if True else 2 + 100
print(x)
y = (1 if False else 2) + 100
print(y)
f = lambda v: "big" if v > 10 else "small"
print(f(5), f(50))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print(not 1 if 0 else 2, (lambda: 3 if 0 else 4)())
print("a" if [] else "b" if {} else "c" if 0.0 else "d")
