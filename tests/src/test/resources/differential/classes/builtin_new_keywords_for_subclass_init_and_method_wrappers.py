import itertools, functools
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
class C(itertools.chain):
    def __init__(self, *a, newarg=None): super().__init__(); self.newarg = newarg
c = C([1], [2], newarg=3); print(list(c), c.newarg)
class Cy(itertools.cycle):
    def __init__(self, it, *, n=0): self.n = n
print(next(Cy([5], n=2)))
class Is(itertools.islice):
    def __init__(self, *a, tag=None): self.tag = tag
print(list(Is(range(10), 2, 5, tag='x')))
class M(map):
    def __init__(self, *a, k=1): pass
print(list(M(abs, [-1, -2], k=2)))
class F(float):
    def __init__(self, v, unit='m'): self.unit = unit
f = F(2.5, unit='cm'); print(f, f.unit)
class T(tuple):
    def __init__(self, it, label=''): self.label = label
print(T([1, 2], label='L'), T([1]).label)
class NoInit(itertools.chain): pass
t("no init:", lambda: NoInit([1], x=1))
t("chain kw:", lambda: itertools.chain([1], x=1))
t("tuple kw:", lambda: tuple([1], x=1))
class FS(frozenset): pass
t("frozenset sub kw:", lambda: FS([1], x=1))
def fn(arg: int):
    'doc'
cm = classmethod(fn); sm = staticmethod(fn)
print(cm.__dict__, sm.__dict__, cm.__wrapped__ is fn, sm.__annotations__)
print(type(classmethod.__dict__['__wrapped__']).__name__, type(staticmethod.__dict__['__func__']).__name__)
class K:
    @classmethod
    def __new__(*args): return args
print(K(1, 2))
class Base:
    @functools.singledispatchmethod
    @classmethod
    def describe(cls, x): return 'any'
    @describe.register
    @classmethod
    def _(cls, x: int): return 'int'
print(Base.describe(1), Base.describe('s'))
