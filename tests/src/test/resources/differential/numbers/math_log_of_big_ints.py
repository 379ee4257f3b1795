# math.log, log2 and log10 of ints, as CPython: through the float when the int has one (so
# log2(2**1000 + 1) is exactly 1000.0), else from the int's binary exponent, past the float
# range too; with a base, both sides computed that way.
import math

values = [1, 2, 3, 10, 2 ** 52 + 1, 2 ** 1000, 2 ** 1000 + 1, 10 ** 300, 10 ** 308, 2 ** 1023 * 3 // 2,
          2 ** 1024, 2 ** 1024 + 1, 10 ** 400, 3 ** 2000, 7 ** 5000 - 1, 2 ** 10000, (1 << 5000) - 1]
for v in values:
    print(math.log(v), math.log2(v), math.log10(v))
print(math.log(2 ** 2000, 2), math.log(10 ** 500, 10), math.log(3 ** 900, 3 ** 9), math.log(10 ** 400, 2 ** 1100))
for f in (0.5, 1e-310, 5e-324, 1e308, 3.0, 1024.0, 1e-5, 10.0 ** -300):
    print(math.log2(f), math.log10(f), math.log(f))
print(math.log2(float("inf")), math.log10(float("inf")), math.log2(float("nan")))
for bad in (0, -1, -(10 ** 400), 0.0, -2.5):
    for fn in (math.log, math.log2, math.log10):
        try:
            fn(bad)
        except ValueError as e:
            print(fn.__name__, bad if abs(bad) < 10 ** 10 else "big", e)
print(math.log(True), math.log2(True), math.log10(10))
