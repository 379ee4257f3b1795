# list.sort and sorted: stable for equal keys (also with reverse=True), comparing with < only,
# over many sizes and key types (ints, floats, strings, tuples, objects with __lt__).
import random

rng = random.Random(12345)


def check(label, data, **kw):
    a = sorted(data, **kw)
    b = list(data)
    b.sort(**kw)
    assert a == b
    print(label, len(a), a[:6], a[-3:])


for n in (0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000, 5000):
    ints = [rng.randrange(-50, 50) for _ in range(n)]
    check('ints %d' % n, ints)
    check('ints reverse %d' % n, ints, reverse=True)
    pairs = [(rng.randrange(5), i) for i in range(n)]
    check('stable %d' % n, pairs, key=lambda p: p[0])
    check('stable reverse %d' % n, pairs, key=lambda p: p[0], reverse=True)

words = ['pear', 'Apple', 'fig', 'apple', 'banana', 'Fig', 'cherry', 'é', 'z', '']
check('strings', words)
check('casefold', words, key=str.casefold)
check('by length', words, key=len)
check('tuples', [(len(w), w) for w in words])
check('nested tuples', [((i % 3, -i), str(i)) for i in range(40)])
check('floats', [rng.random() * 10 - 5 for _ in range(50)] + [0.0, -0.0, 1e300, -1e300])
check('mixed numbers', [3, 1.5, -2, True, 0, 2.25, False])
check('already sorted', list(range(200)))
check('descending', list(range(200, 0, -1)))
check('tuple keys mixed', [(1, 'b'), (1, 'a'), (0, 'z'), (1,), (), (0, 'a', 1)])


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        compared.append(1)
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'V%d.%d' % (self.major, self.minor)


compared = []
versions = [Version(rng.randrange(3), rng.randrange(3)) for _ in range(30)]
check('objects with __lt__', versions)
print('only < was used:', len(compared) > 0)

for bad in ([1, 'a', 2], [None, None], [(1, 'a'), (1, 2)]):
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError:', e)

lst = [3, 1, 2]


def meddle(x):
    lst.append(x)
    return x


try:
    lst.sort(key=meddle)
except ValueError as e:
    print('ValueError:', e, lst)
