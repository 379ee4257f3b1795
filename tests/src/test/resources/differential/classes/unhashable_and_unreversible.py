# unhashable containers: __hash__ is None in their class dict; __reversed__ = None blocks reversed()
from collections.abc import Hashable
for x in [bytearray(), list(), set(), dict()]:
    print(type(x).__name__, isinstance(x, Hashable), issubclass(type(x), Hashable), type(x).__hash__)
for x in [{}, [], set(), bytearray()]:
    try:
        hash(x)
    except TypeError as e:
        print(e)
class D(dict):
    pass
try:
    hash(D())
except TypeError as e:
    print(e)
class HD(dict):
    def __hash__(self):
        return 7
print(hash(HD()), {HD(): 1})
from collections import OrderedDict, defaultdict, Counter
for c in (OrderedDict, defaultdict, Counter):
    print(c.__name__, c.__hash__)
from collections.abc import Mapping
class MyMapping(Mapping):
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
    def __iter__(self): return iter(())
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return i * 10
class Blocked(Seq):
    __reversed__ = None
for o in (MyMapping(), Seq(), Blocked()):
    try:
        print(list(reversed(o)))
    except TypeError as e:
        print(e)
