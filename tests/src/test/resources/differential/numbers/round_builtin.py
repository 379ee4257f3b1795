# round(): banker's rounding, ndigits for ints and floats, negative ndigits, return types
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 1, -2.5, 3.0]:
    print(x, round(x), round(x, 1), round(x, 2), type(round(x)).__name__, type(round(x, 0)).__name__)
for n in [15, 25, -15, 1234, 5, 0]:
    print(n, round(n, -1), round(n, -2), round(n, 2), round(n))
print(round(123.456, -1), round(123.456, -2), round(-123.456, -3), round(1e300, -300), round(0.1 + 0.2, 15))
print(round(5e-324, 400), round(1.23456789e-10, 12))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(True), round(2 ** 70 + 5, -1))
