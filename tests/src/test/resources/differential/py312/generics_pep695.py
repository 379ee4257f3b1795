def first[T](xs: list[T], default: T = None) -> T:
    return xs[0] if xs else default
print(first([3, 4]), first([], 9), first.__type_params__, first.__name__, first.__qualname__)
T, = first.__type_params__
print(T.__name__, T.__bound__, T.__constraints__, T.__infer_variance__, type(T).__name__, T.__module__)
print(first.__annotations__)
class Box[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box.__type_params__, Box.__mro__, Box.__parameters__, Box[int], Box(5).get(), Box.__qualname__)
class Pair[K: str, V: (int, float)](dict):
    pass
K, V = Pair.__type_params__
print(K.__bound__, V.__constraints__, Pair.__bases__)
def star[*Ts, **P](*a: *Ts): pass
print(star.__type_params__)
type Alias = list[int]
print(Alias, Alias.__value__, type(Alias).__name__, Alias.__type_params__)
type GAlias[X] = dict[str, X]
print(GAlias.__type_params__, GAlias[int], GAlias.__value__)
class Outer:
    def method[U](self, u: U) -> U: return u
print(Outer().method(3), Outer.method.__qualname__, Outer.method.__type_params__)
def kw[T](a, *, b: T = 2): return a, b
print(kw(1), kw.__kwdefaults__)
import typing
print(typing.TypeVar('Q'), typing.TypeVar('R', bound=int).__bound__, typing.ParamSpec('P').args)
