import _random

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(5), r.getrandbits(70), r.getrandbits(32), r.getrandbits(0))
for seed in [0, 1, -5, 2 ** 100 + 7, 2 ** 32, 2 ** 32 - 1, 12345678901234567890, True, 3.5, -2.25]:
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(64))
s = r.getstate()
print(type(s).__name__, len(s), s[-1], s[0], max(s[:-1]) < 2 ** 32)
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)])
print(r.getstate()[-1])


class R(_random.Random):
    def __init__(self, x, extra=None):
        super().__init__(x)
        self.extra = extra


x = R(1, extra="e")
print(x.random(), x.extra, isinstance(x, _random.Random))
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate([1]), lambda: r.setstate((1, 2)),
            lambda: r.setstate(s[:-1] + (625,)), lambda: r.getrandbits(1.5), lambda: _random.Random(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r.seed()
print(0 <= r.random() < 1)
big = R(7).getrandbits(1000)
print(big.bit_length() <= 1000, big % 1000003)
