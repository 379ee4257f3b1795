# round(float, ndigits): halves that are not exact in binary (2.675), exact halves (0.125) rounding
# to even, huge and tiny values, negative zero, negative ndigits, 200,000 random values checked by
# hash, and a float subclass's own __round__ (builtins.round calls float.__round__ directly only
# for exact floats).
import random
r = random.Random(42)
vals = [2.675, 0.125, 0.375, 1.005, -1.005, 2.5, -2.5, 0.5, 1.5, 1e15 + 0.3, 123456.789, -0.0, 0.0, 1e-10, 5e-324, 1.7976931348623157e308,
        0.285, 1.115, 2.345, 8.345, 0.045, 10.0, 99.995, -99.995, 4503599627370495.5, 1e22, 3.14159265358979]
for v in vals:
    print(repr(v), [round(v, n) for n in (0, 1, 2, 3, 5, 10, 15, 17, 22, 25)], round(v, -1) if abs(v) < 1e300 else '')
acc = 0
bad = 0
for i in range(200000):
    x = r.uniform(-1e6, 1e6) if i % 3 else r.random() * 10 ** r.randint(-8, 12)
    n = r.randint(0, 12)
    acc += hash(round(x, n))
print(acc)
class F(float):
    def __round__(self, n=None): return 'custom'
print(round(F(1.5)), round(F(1.5), 2), round(1.5), round(2.5), round(-0.5), round(7, -1), round(15, -1))
