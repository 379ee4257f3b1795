# fractions.Fraction and decimal.Decimal arithmetic, formatting and errors
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b), a // b, b % a, divmod(b, a))
print(Fraction(6, 8), Fraction("3/9"), Fraction("1.25"), Fraction(0.5), Fraction(Decimal("0.2")), Fraction(-7, -14))
print(a < b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(a.numerator, a.denominator, b.as_integer_ratio(), Fraction(1.1).limit_denominator(100), Fraction(3.14159).limit_denominator(10))
print(repr(a), str(Fraction(4, 2)), Fraction(1, 3) + 1, 2 * Fraction(1, 4), Fraction(1, 4) + 0.25)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf"))]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

getcontext().prec = 28
d1, d2 = Decimal("1.10"), Decimal("2.205")
print(d1 + d2, d1 * d2, d2 - d1, Decimal(1) / Decimal(7), Decimal("10") / Decimal("4"), d2 // d1, d2 % d1)
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3, Decimal(0.1))
print(Decimal("1.2300").normalize(), Decimal("123.456").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))
print(Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal("2").sqrt(), Decimal("1e3"), Decimal("1E+3").to_integral_value())
print(repr(Decimal("3.14")), str(Decimal("-0")), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal(5).is_signed(), Decimal(-5).copy_abs())
print(Decimal("1.5").as_tuple(), Decimal("12.5").adjusted(), Decimal(10) ** 3, Decimal("2") ** Decimal("0.5"), int(Decimal("-3.9")), float(Decimal("0.25")))
print(Decimal("3.14159").__round__(2), round(Decimal("2.675"), 2), round(Decimal("2.5")), Decimal("1.000") == 1, Decimal(3) < 3.5)
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("0.000012"), "e"), "{:>10}".format(Decimal("7.1")), f"{Decimal('1.5'):.3%}")
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(3))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal("1.5") + 1.5, lambda: Decimal(-1).sqrt()]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(sum([Decimal("0.1")] * 10), sum([Fraction(1, 10)] * 10), max(Decimal("1.5"), Fraction(3, 2), 1.4))
