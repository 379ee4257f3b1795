# object protocol fallbacks: __bool__/__len__, __contains__ via __iter__/__getitem__, __iter__ via __getitem__, __index__, __missing__
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(OnlyLen(0)), bool(OnlyLen(3)), not OnlyLen(0))

class BoolWins:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(BoolWins()), len(BoolWins()))

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
class FloatLen:
    def __len__(self):
        return 1.5
for obj in [BadBool(), BadLen(), BigLen(), FloatLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])), sorted(Seq(), reverse=True))
it = iter(Seq())
print(next(it), next(it), type(it).__name__)

class IterOnly:
    def __iter__(self):
        return iter("abc")
print("b" in IterOnly(), "z" in IterOnly(), list(enumerate(IterOnly())), dict.fromkeys(IterOnly()))

class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], range(10)[Idx()], hex(Idx()), bin(Idx()), (5).__pow__(Idx()), [0] * Idx())
class NotIdx:
    def __int__(self):
        return 1
for thunk in [lambda: [1][NotIdx()], lambda: hex(NotIdx()), lambda: range(NotIdx())]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
print(int(NotIdx()))

class Defaulting(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))

class Eq:
    def __eq__(self, other):
        return True
print(Eq() in [1], [Eq()] == [2], [1, 2].index(Eq()) if False else [1, 2].count(Eq()), Eq.__hash__)
class Reverse:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Reverse())))
try:
    reversed(IterOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Hashless:
    __hash__ = None
try:
    {Hashless()}
except TypeError as e:
    print(type(e).__name__, e)
