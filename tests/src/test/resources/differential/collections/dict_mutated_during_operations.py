# Dict operations whose keys' __eq__/__hash__ run Python code: each key is hashed and compared
# as often as CPython does it, and a dict changed underneath is detected, never a crash.


class Counted:
    """A key that counts its __hash__ and __eq__ calls."""

    def __init__(self, value):
        self.value = value
        self.hashes = 0
        self.eqs = 0

    def __hash__(self):
        self.hashes += 1
        return hash(self.value)

    def __eq__(self, other):
        self.eqs += 1
        return isinstance(other, Counted) and self.value == other.value


# setdefault and a store that resizes compare an equal-hash key once
class SameHash:
    def __init__(self):
        self.eqs = 0

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.eqs += 1
        return False


a, b = SameHash(), SameHash()
d = {a: 1}
d.setdefault(b, 2)
print("setdefault eq calls", a.eqs + b.eqs)
for size in range(1, 12):
    a, b = SameHash(), SameHash()
    d = {a: 0}
    for i in range(size):
        d[i] = i
    d[b] = 1
    print("store after", size, "entries: eq calls", a.eqs + b.eqs)

# building from a dict or a set reuses the stored hashes
keys = [Counted(i) for i in range(6)]
d = dict.fromkeys(keys)
before = sum(k.hashes for k in keys)
s = set(d)
f = frozenset(d)
d2 = dict.fromkeys(s)
d3 = dict.fromkeys(f, 0)
s.update(d)
s.difference(d)
s.symmetric_difference_update(d)
print("hashes after set/frozenset/fromkeys:", sum(k.hashes for k in keys) - before)


# == where a key's __eq__ empties one of the dicts
class Clearing:
    def __eq__(self, other):
        left.clear()
        return True

    def __hash__(self):
        return 13


left = {Clearing(): 0}
right = {Clearing(): 0}
print("== after clearing:", left == right, left, len(right))


# update from a dict that a key's __eq__ changes
class Mutator:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        source.clear()
        return False


source = {i: 0 for i in range(1, 50)}
source[Mutator()] = 0
target = {Mutator(): 0, 1: 1}
try:
    target.update(source)
except RuntimeError as e:
    print("RuntimeError", e)

# deleting and re-adding a key while iterating keeps the size but is still caught
for make in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for _ in make(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
d = {0: 0}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e)


# views compare by membership: values are compared, never hashed
class Unhashable:
    __hash__ = None

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Unhashable) and self.v == other.v


class Raising:
    def __eq__(self, other):
        raise ValueError("compared")


print({1: Unhashable(2)}.items() == {1: Unhashable(2)}.items())
print({1: Unhashable(2)}.items() != {1: Unhashable(3)}.items())
print({1: 2}.items() < {1: 2, 3: 4}.items(), {1: 2}.keys() <= {1, 2}, {1, 2, 3} > {1: 0}.keys())
print({1: 2}.items() >= {(1, 2)}, {1: 2}.keys() == [1])
try:
    {1: Raising()}.items() == {1: Raising()}.items()
except ValueError as e:
    print("ValueError", e)

# a mappingproxy compares as its mapping
proxy = type("T", (), {"x": 1}).__dict__
print(proxy == dict(proxy), proxy != dict(proxy), {}.keys().mapping == {})
print(type(type.__dict__)({"a": 1}) == {"a": 1})
