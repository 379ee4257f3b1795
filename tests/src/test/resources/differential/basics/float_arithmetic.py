# float arithmetic and repr: shortest round-trip digits, exponents, specials
for v in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1.5e300 * 1e10, -0.0, 5e-324, 2.5, 1e22, 1e-7]:
    print(repr(v), str(v))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2))
print(2 ** 0.5, 10 ** -2, 4 ** 0.5, (-8) ** (1/3) if False else 0)
print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 4, 1 / 3 * 3)
print(float("inf"), -float("inf"), float("nan") != float("nan"), float("1e400"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7))
print(int(3.9), int(-3.9), float(7), float("  3.25 "), float("-1_000.5"))
print(0.1 * 3 == 0.3, abs(-2.5), 1e300 * 1e300)
