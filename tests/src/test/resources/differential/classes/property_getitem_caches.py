# Property reads and obj[key] on instances with __getitem__ are cached per class at each site.
import collections


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    no_getter = property(None, lambda self, v: None)


t = Temp(100)
run('property', lambda: t.f)
Temp.f = property(lambda self: 'replaced')
run('replaced property', lambda: t.f)
for _ in range(30):
    try:
        t.no_getter
    except AttributeError as e:
        err = str(e)
print(err)


class LoudProperty(property):
    def __get__(self, obj, cls=None):
        return 'subclass __get__'


class UsesLoud:
    x = LoudProperty(lambda self: 'fget')


run('property subclass', lambda: UsesLoud().x)


class Fallback:
    @property
    def value(self):
        raise AttributeError('no value yet')

    def __getattr__(self, name):
        return 'fallback for ' + name


run('getter AttributeError falls back', lambda: Fallback().value)

Point = collections.namedtuple('Point', 'x y')
pts = [Point(i, -i) for i in range(10)]
run('namedtuple fields', lambda: sum(p.x * p.y for p in pts))


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)


g = Grid()
g.cells[1, 2] = 5
run('__getitem__', lambda: (g[1, 2], g[0, 0]))
Grid.__getitem__ = lambda self, key: 'replaced'
run('replaced __getitem__', lambda: g[1, 2])

dd = collections.defaultdict(list)
run('defaultdict', lambda: (dd['a'].append(1), len(dd['a']) > 0, dd['b'] == [])[1:])


class Missing(dict):
    def __missing__(self, key):
        return 'missing ' + str(key)


m = Missing(a=1)
run('__missing__', lambda: (m['a'], m['zz']))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


run('old-style sequence', lambda: (Seq()[1], list(Seq())))
for _ in range(30):
    try:
        object()[0]
    except TypeError as e:
        err = str(e)
print(err)
