# functools.singledispatch, singledispatchmethod and total_ordering
import functools

@functools.singledispatch
def describe(x):
    return "object:" + type(x).__name__

@describe.register
def _(x: int):
    return "int:%d" % x

@describe.register(list)
def _(x):
    return "list of %d" % len(x)

@describe.register(str)
@describe.register(bytes)
def _(x):
    return "text:" + repr(x)

print(describe(3), describe(True), describe(2.5))
print(describe([1, 2]), describe("hi"), describe(b"b"))
print(describe(None), describe((1,)))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__)
print(sorted(t.__name__ for t in describe.registry))

class Base: pass
class Child(Base): pass
describe.register(Base, lambda x: "base-ish")
print(describe(Child()), describe(Base()))

class Shape:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "default"
    @handle.register
    def _(self, arg: int):
        return "int %d" % arg
    @handle.register
    def _(self, arg: float):
        return "float %.1f" % arg
s = Shape()
print(s.handle(1), s.handle(2.5), s.handle("x"))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= c, a > b, b >= a, a == c, a != b)
print(sorted([b, a, Version(0, 9)]))
print(max(a, b), min(a, b))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
