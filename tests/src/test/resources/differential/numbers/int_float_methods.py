# int and float methods: bit operations, ratios, hex round trips, rounding, conversions and their errors
n = 0b1011_0000
print(n.bit_length(), n.bit_count(), (-n).bit_length(), (0).bit_length(), (2**100).bit_count(), (-1).bit_count())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True))
print((10).as_integer_ratio(), (True).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int(" -42 "), int("1_000"), int(3.99), int(-3.99), int(True))
print((3.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), (1e300).hex())
print(float("1e-310"), float("  3.25  "), float("-inf"), float("nan") != float("nan"), float("1_0.5"), float(".5"), float("5."))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5, -2), round(15, -1), round(25, -1), round(-15, -1), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e300, 2) == 1e300, round(0.5 + 1e-16), round(float("inf"), 1))
print(divmod(7, -2), divmod(-7.5, 2), 7 // -2, -7 % 3, 7.5 % -2, (-7) % 1.5, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3), pow(3, -1, 7), pow(2, 100, 1000))
print(abs(-0.0), -0.0 == 0.0, 1 / 3 * 3 == 1.0, 0.1 + 0.2, 1e16 + 1, 2**53 + 1.0 == 2**53, float(2**1023) * 2 if False else "skip", 10**16 / 10**15)
print(int.__name__, (5).__index__(), (5.0).__trunc__(), (5.7).__floor__(), (5.2).__ceil__(), (-5.5).__round__(), (5.25).__round__(1))
print(float(10**308), 10**308 * 10.0, -(10**308) * 10.0, 1e308 + 1e308)
for bad in [lambda: int("12a"), lambda: int("1__0"), lambda: int("", 10), lambda: int("5", 1), lambda: int("5", 37), lambda: int(1.5, 10), lambda: int(float("inf")),
            lambda: int(float("nan")), lambda: float("1e"), lambda: float("abc"), lambda: float.fromhex("0xz"), lambda: (1).to_bytes(1, "middle"),
            lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: float(10**400), lambda: 2.0 ** 5000, lambda: 10 ** -1 % 0,
            lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: (1.0).as_integer_ratio() and float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
            lambda: round(1.5, "1"), lambda: 1 / 0, lambda: 1 // 0.0, lambda: 5 % 0, lambda: divmod(1, 0), lambda: 0.0 ** -1, lambda: (-1) ** 0.5 and int((-1) ** 0.5)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
