# Slice bounds call __index__ and let its errors through; set subclasses that define __hash__
# are looked up as themselves; frozenset subclasses refuse keywords unless they take them.
import builtins


class FailingIndex:
    def __index__(self):
        raise RuntimeError("index failed")


class Five:
    def __index__(self):
        return 5


for attempt in (lambda: range(10)[:FailingIndex()], lambda: [1, 2, 3][FailingIndex():], lambda: "abc"[:FailingIndex()],
                lambda: b"abc"[FailingIndex():], lambda: "abc".find("b", FailingIndex()), lambda: b"abc".count(b"b", 0, FailingIndex()),
                lambda: range(2**70)[:FailingIndex()]):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError", e)
for attempt in (lambda: range(10)[:"x"], lambda: [1, 2][1.5:], lambda: "abc".find("b", 1.0), lambda: range(2**70)[None:"x"]):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
print(range(10)[:Five()], [0, 1, 2, 3, 4, 5, 6][Five():], "abcdefg".find("f", Five()), range(2**70)[Five():Five()])


class HashableSet(set):
    def __hash__(self):
        return id(self) & 0x7FFFFFFF


s = HashableSet([1])
container = {s}
print(s in container, HashableSet([1]) in container, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
container.discard(s)
print(len(container))
container.add(s)
container.remove(s)
print(len(container))


class Frozen(frozenset):
    pass


class FrozenWithInit(frozenset):
    def __init__(self, items, tag=None):
        self.tag = tag


try:
    Frozen(iterable=[1])
except TypeError as e:
    print("TypeError", e)
f = FrozenWithInit([1, 2], tag="t")
print(sorted(f), f.tag, type(f).__name__)

# a builtins key that is not a str but equals the name still finds the builtin
original = builtins.abs


class Name:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name


del builtins.__dict__["abs"]
builtins.__dict__[Name("abs")] = original
try:
    print(abs(-3), builtins.__dict__["abs"](-4), "abs" in builtins.__dict__)
finally:
    del builtins.__dict__["abs"]
    builtins.abs = original
print(abs(-5))
