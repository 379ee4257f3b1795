def first[T](xs: list[T], default: T = None) -> T:
    return xs[0] if xs else default
print(first([3, 4]), first([], 9), first.__type_params__, first.__name__, first.__qualname__)
T, = first.__type_params__
print(T.__name__, T.__bound__, T.__constraints__, T.__infer_variance__, type(T).__name__, T.__module__)
print(first.__annotations__)
def star[*Ts, **P](*a: *Ts): pass
print(star.__type_params__, star.__annotations__)
def bounded[K: str, V: (int, float)](k: K, v: V): return k, v
K, V = bounded.__type_params__
print(K.__bound__, V.__constraints__, bounded("a", 1))
type Alias = list[int]
print(Alias, Alias.__value__, type(Alias).__name__, Alias.__type_params__, Alias.__name__)
type Lazy = Undefined
try: Lazy.__value__
except NameError as e: print("NameError", e)
class Outer:
    def method[U](self, u: U) -> U: return u
print(Outer().method(3), Outer.method.__qualname__, Outer.method.__type_params__)
def kw[T](a, *, b: T = 2): return a, b
print(kw(1), kw.__kwdefaults__)
def outer():
    def inner[T](x: T) -> T: return x
    return inner
print(outer().__qualname__, outer()(5))
def closure[T]():
    def g(): return T
    return g
print(closure()())
