# Sorting by tuple keys: int and str items compared once each, mixed numeric types, code points
# beyond the BMP against chars above the surrogates, big ints, and one NaN object in several tuples
# (identity makes it equal to itself, so the next items decide).
import random
r = random.Random(5)
items = [(r.randint(-3, 3), 'n%d' % r.randint(0, 50), r.random()) for _ in range(3000)]
print(sorted(items)[:5], sorted(items, reverse=True)[:3])
print(sorted(items, key=lambda t: (-t[0], t[1]))[:4])
print(sorted([(1, 'b'), (1, 'a'), (True, 'a'), (1.0, 'c'), (0, 'z')]))
print(sorted([('a', 2), ('a', 1), ('\U0001F600', 1), ('\uffff', 1), ('', 0)]))
print(sorted([(2**70, 1), (2**70, 0), (-2**70, 5)]))
nan = float('nan')
print(sorted([(nan, 1), (nan, 0)]), sorted([(1, nan), (1, 0.5)]))
