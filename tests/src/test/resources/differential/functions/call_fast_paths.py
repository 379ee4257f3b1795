# The specialised call paths (exact positional binding, defaults, bound methods, method calls
# without bound methods, plain class instantiation) must keep CPython's semantics when the
# call site is hot and when what it cached changes underneath.


def add(a, b):
    return a + b


def with_defaults(a, b=10, c=20):
    return a + b + c


def run_calls():
    out = []
    for i in range(40):
        out.append(add(i, 1))
        out.append(with_defaults(i))
        out.append(with_defaults(i, 1))
        out.append(with_defaults(i, 1, 2))
        out.append(with_defaults(i, c=5))
    return sum(out)


print(run_calls())


def call_site(f, *args):
    return f(*args)


for f in (add, with_defaults, lambda a, b=2: a * b, max, min, pow):
    print(call_site(f, 3, 4))
for bad in [(add, 1), (add, 1, 2, 3), (with_defaults,)]:
    try:
        call_site(*bad)
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


def make_points(n):
    return [Point(i, -i) for i in range(n)]


pts = make_points(50)
print(sum(p.norm1() for p in pts), pts[3].moved(1).x, pts[3].moved(1, 2).y)

# replacing __init__ after the call site is hot
old_init = Point.__init__
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100) or setattr(self, "y", y)
print(make_points(3)[2].x)
Point.__init__ = old_init
print(make_points(3)[2].x)

# a method shadowed by an instance attribute, then removed again
p = Point(1, 2)
for i in range(3):
    if i == 1:
        p.norm1 = lambda: "shadowed"
    if i == 2:
        del p.norm1
    print(p.norm1())


# __init__ returning a value
class Bad:
    def __init__(self):
        return 42


for i in range(3):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


# __new__ that returns something else; __init__ then not called
class Odd:
    def __new__(cls, *args):
        return 7

    def __init__(self, *args):
        print("never")


print([Odd(i) for i in range(3)])


# a class with a metaclass that overrides __call__
class Meta(type):
    def __call__(cls, *args):
        return ("made", cls.__name__, args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print([WithMeta(i) for i in range(2)])


# a plain class made abstract afterwards (the abc machinery sets __abstractmethods__)
class Later:
    def __init__(self, v):
        self.v = v


print([Later(i).v for i in range(3)])
Later.__abstractmethods__ = frozenset({"m"})
try:
    Later(1)
except TypeError as e:
    print("TypeError:", "abstract" in str(e))
Later.__abstractmethods__ = frozenset()
print(Later(5).v)


# instantiation with keywords and with too few arguments
def build(cls, **kw):
    return cls(**kw)


print(build(Point, x=1, y=2).norm1())
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)


# bound methods, builtin bound methods, methods of builtin types through the method-call path
m = Point(3, 4).norm1
print([m() for _ in range(3)])
lst = []
ap = lst.append
for i in range(5):
    ap(i)
print(lst, [s.upper() for s in ["a", "b"]], [d.get("k", 0) for d in [{}, {"k": 1}]])


# a module function through the method-call path; builtins with an optional argument omitted and given
import sys

print([sys.intern(s) for s in ("a", "b")], [round(2.5), round(2.675, 2)], [int("7"), int("7", 8)])


# a class attribute that is not a function, called through the method-call path
class Holder:
    factory = staticmethod(lambda v: v * 2)
    other = classmethod(lambda cls, v: (cls.__name__, v))


h = Holder()
print([h.factory(i) for i in range(3)], h.other(1))
