# Calls to classes with their own __new__, calls of callable instances and 'fmt' % values are
# cached per class at each site: the caches must follow changes and keep the protocol's rules.
import collections
import operator
import functools


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


Point = collections.namedtuple('Point', 'x y')
run('namedtuple', lambda: (Point(1, 2), Point(x=3, y=4), Point(5, y=6).y))


class Tagged:
    calls = []

    def __new__(cls, value, tag='t'):
        obj = super().__new__(cls)
        obj.value = value
        return obj

    def __init__(self, value, tag='t'):
        self.tag = tag


run('new and init', lambda: (lambda o: (o.value, o.tag))(Tagged(1, tag='x')))


class Other:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        raise AssertionError('not called: __new__ returned no instance')


run('new returns something else', lambda: Other(21))
Other.__new__ = lambda cls, v: object.__new__(cls)
Other.__init__ = lambda self, v: None
run('after replacing __new__', lambda: type(Other(1)).__name__)


class Bad:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self):
        return 5


for _ in range(30):
    try:
        Bad()
    except TypeError as e:
        err = str(e)
print(err)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale


add = Adder(10)
run('callable instance', lambda: (add(1), add(2, scale=3)))
Adder.__call__ = lambda self, x, scale=1: 'replaced'
run('after replacing __call__', lambda: add(1))
get1 = operator.itemgetter(1)
attr = operator.attrgetter('n')
part = functools.partial(max, 5)
run('builtin callables', lambda: (get1('abc'), attr(add), part(3), part(9)))


class NotCallable:
    pass


for _ in range(30):
    try:
        NotCallable()()
    except TypeError as e:
        err = str(e)
print(err)

run('percent', lambda: ('%s-%d' % ('a', 5), '%(k)s' % {'k': 'v'}, '%5.2f' % 3.14159, '%r' % (None,), '%s' % [1, 2]))


class Shout(str):
    def __rmod__(self, other):
        return 'rmod wins'


class Obj:
    def __repr__(self):
        return 'Obj()'


run('percent with subclasses', lambda: ('%s' % Shout('x'), '%s|%r' % (Obj(), Obj()), 'x%sy' % Obj()))
for bad in (lambda: '%d' % 'a', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
