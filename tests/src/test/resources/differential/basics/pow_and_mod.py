# pow with two and three arguments, negative exponents, modular inverse and errors
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(-8, 1 / 3) if False else 0, pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(10, 100, 7))
print(pow(3, -1, 7), pow(5, -2, 13), pow(2, -1, 9))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print((-8) ** 0.5)
print(2 ** 0.5, 4 ** 0.5, 10 ** -3, 2.0 ** 10, (-2.0) ** 2, (-2) ** -2)
print(1 ** 1e308, (-1) ** 2 ** 70, 7 ** 0)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
x = 3
x **= 4
print(x)
