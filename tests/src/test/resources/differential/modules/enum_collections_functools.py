import enum, collections, functools
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.value, Color.RED.name)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R in (Perm.R | Perm.W))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value, len(Auto))
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), P._fields)
c = collections.Counter("abracadabra")
print(c.most_common(3), c['a'], sorted(c.elements())[:5])
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od), dict(od))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(pow, 2)(10))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
@functools.singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
print(f(1), f("s"))
