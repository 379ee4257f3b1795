# rich comparisons: reflection, total_ordering, NotImplemented, comparing unrelated types
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t if isinstance(o, Ver) else NotImplemented
    def __lt__(self, o):
        return self.t < o.t if isinstance(o, Ver) else NotImplemented
    def __repr__(self): return "Ver" + str(self.t)
a, b = Ver("1.2"), Ver("1.10")
print(a < b, a <= b, a > b, a >= b, a == Ver("1.2"), a != b, sorted([b, a, Ver("0.9")]))
try:
    a < 1
except TypeError as e:
    print(e)
print(a == 1, a != "x")
class Log:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n}.__lt__({o.n})")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.n}.__gt__({o.n})")
        return NotImplemented
try:
    Log("a") < Log("b")
except TypeError as e:
    print(e)
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return True
print(Base() == Derived())
class Always:
    def __eq__(self, o): return "truthy string"
print(Always() == 1, [Always()] == [1], 1 in [Always()], Always() != 1)
class OnlyEq:
    def __eq__(self, o): return self is o or o == 5
x = OnlyEq()
print(x == 5, x != 5, x != 6)
