# Sequence patterns read only what they need: wildcards need just the length, a wildcard star
# takes the items around it by index (so endless or huge sequences match at once), and a named
# star unpacks by iteration.
import collections.abc


class Numbers(collections.abc.Sequence):
    """Claims 42 items; __getitem__ never raises, so iterating would never end."""

    def __init__(self):
        self.reads = []

    def __getitem__(self, i):
        self.reads.append(i)
        return i

    def __len__(self):
        return 42


s = Numbers()
match s:
    case [first, *_, last]:
        print("ends", first, last, s.reads)
s = Numbers()
match s:
    case [_, _, *_]:
        print("long enough, reads:", s.reads)
s = Numbers()
match s:
    case [a, b, *_, c, d]:
        print(a, b, c, d, s.reads)

match range(1 << 40):
    case [x, y, *_, z]:
        print(x, y, z)


class Unreadable(collections.abc.Sequence):
    __getitem__ = None

    def __len__(self):
        return 0


match Unreadable():
    case []:
        print("empty matched without reading")

match [1, 2, 3, 4]:
    case [a, *rest, b]:
        print(a, rest, b)
match (1, 2):
    case [a, b]:
        print(a, b)
match "not a sequence pattern subject":
    case [*_]:
        print("str matched")
    case _:
        print("str is not a sequence here")
