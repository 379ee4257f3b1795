# functools.lru_cache, cache, cached_property
import functools

calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x
calls.clear()
ident(1); ident(1.0); ident(1)
print(calls, ident.cache_info().hits, ident.cache_info().misses)

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@functools.lru_cache
def kw(a, b=2):
    return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info().misses)
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.count = 0
    @functools.cached_property
    def area(self):
        self.count += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.count)
print('area' in c.__dict__)
del c.area
print(c.area, c.count)
c.area = 99
print(c.area)
print(type(Circle.__dict__['area']).__name__, Circle.__dict__['area'].attrname)
print(Circle.area.__class__ is functools.cached_property)

class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print(type(e).__name__, e)
