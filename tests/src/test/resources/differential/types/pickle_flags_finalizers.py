# Exception pickling with extra attributes, type flag bits, module/class annotations, generator
# finalisation, code positions and zip/reversed pickling: what CPython 3.11 and 3.12 agree on.
import copy
import pickle
import types
import abc
import inspect


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.detail = detail


e = ValueError("bad", 2)
e.note = "extra"
for clone in (copy.copy(e), copy.deepcopy(e), pickle.loads(pickle.dumps(e))):
    print(type(clone).__name__, clone.args, clone.note)
a = pickle.loads(pickle.dumps(AppError(7, {"k": [1, 2]})))
print(type(a).__name__, a.args, a.detail)
print(e.__reduce__()[1:], ValueError(1).__reduce__()[1:])
o = pickle.loads(pickle.dumps(OSError(2, "No such file", "f.txt")))
print(type(o).__name__, o.errno, o.strerror, o.filename)
x = KeyError("k")
x.__setstate__({"a": 1, "b": 2})
print(x.a, x.b, x.__setstate__(None))
try:
    x.__setstate__([1])
except TypeError as err:
    print("TypeError", err)

HEAPTYPE, BASETYPE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SUBCLASS_BITS = {"int": 24, "list": 25, "tuple": 26, "bytes": 27, "str": 28, "dict": 29, "exc": 30, "type": 31}


class Plain:
    pass


class MyInt(int):
    pass


class MyMeta(type):
    pass


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        return 1


for t in (object, int, bool, str, bytes, list, tuple, dict, set, type, KeyError, Plain, MyInt, MyMeta, Base, Impl):
    f = t.__flags__
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & ABSTRACT),
          [k for k, bit in SUBCLASS_BITS.items() if f & (1 << bit)],
          bool(f & (1 << 5)), bool(f & (1 << 6)))
print(inspect.isabstract(Base), inspect.isabstract(Impl))
print(int.__itemsize__ > 0, bytes.__itemsize__, tuple.__itemsize__ > 0, list.__itemsize__, object.__itemsize__)
print(Plain.__basicsize__ == object.__basicsize__ or Plain.__basicsize__ > object.__basicsize__)

m = types.ModuleType("m")
print("__annotations__" in m.__dict__, m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"x": int}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as err:
    print("AttributeError", err)


class Annotated:
    n: int
    s: str = "s"


class Child(Annotated):
    pass


print(Annotated.__annotations__, Child.__annotations__, "__annotations__" in Child.__dict__)
try:
    int.__annotations__
except AttributeError as err:
    print("AttributeError", err)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen()
next(g)
print(g.__del__(), g.gi_frame, g.gi_suspended)
g.__del__()
fresh = gen()
fresh.__del__()
print(list(fresh))


def lines():
    a = 1
    b = a + 2
    if b > 2:
        b = -b
    return b


print(sorted({p[0] for p in lines.__code__.co_positions() if p[0] is not None} - {lines.__code__.co_firstlineno}))
print(len(list(lines.__code__.co_positions())) == len(lines.__code__.co_code) // 2)
code = lines.__code__
print([code._varname_from_oparg(i) for i in range(len(code.co_varnames))])


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


r = reversed(Seq([1, 2, 3, 4]))
next(r)
print(list(copy.copy(r)), list(r))
r = reversed(Seq("abcd"))
r.__setstate__(1)
print(list(r))
r = reversed(Seq("abcd"))
r.__setstate__(99)
print(list(r))
print(list(pickle.loads(pickle.dumps(reversed(Seq([5, 6]))))))
z = zip([1, 2, 3], [4, 5], strict=True)
print(z.__reduce__()[2:])
try:
    list(copy.copy(z))
except ValueError as err:
    print("ValueError", err)
z = zip([1], [2])
z.__setstate__(True)
print(len(z.__reduce__()), z.__reduce__()[2])
