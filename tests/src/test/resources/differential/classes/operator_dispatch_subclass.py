# operand order with a subclass on the right: binary operators try its reflected method first only
# if it overrides it; comparisons always try the subclass's reflected method first
class A:
    def __or__(self, o): return "A.__or__"
    def __ror__(self, o): return "A.__ror__"
class B(A):
    pass
class C(A):
    def __ror__(self, o): return "C.__ror__"
print(A() | B(), A() | C(), B() | A())
class MyInt(int):
    pass
class RInt(int):
    def __radd__(self, o): return "RInt.__radd__"
print(1 + MyInt(2), 1 + RInt(2), type(1 + MyInt(2)).__name__)
from collections import ChainMap
class Subclass(ChainMap): pass
class SubclassRor(ChainMap):
    def __ror__(self, other):
        return super().__ror__(other)
print(type(ChainMap() | Subclass()).__name__, type(Subclass() | ChainMap()).__name__, type(ChainMap() | SubclassRor()).__name__)
class Base:
    def __lt__(self, o): return "Base.__lt__"
    def __gt__(self, o): return "Base.__gt__"
class Derived(Base):
    pass
print(Base() < Derived())
