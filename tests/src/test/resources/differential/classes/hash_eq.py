# __hash__ and __eq__ interplay: unhashable when only __eq__ defined, explicit hash, sets/dict keys
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Key({self.k!r})"
d = {Key("a"): 1}
print(d[Key("a")], Key("a") in d, len({Key(1), Key(1), Key(2)}))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class Inherit(Key):
    pass
print(hash(Inherit("z")) == hash("z"))
class EqInherit(Key):
    def __eq__(self, o): return False
print(EqInherit.__hash__)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(e)
class Const:
    def __hash__(self): return 42
print(hash(Const()), hash(-1), hash(-2), hash(True), hash(0.5), hash(2 ** 61 - 1), hash(None) == hash(None))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash((1, "a")) == hash((1, "a")), hash(frozenset({1})) == hash(frozenset({1})), hash(1.0) == hash(1))
