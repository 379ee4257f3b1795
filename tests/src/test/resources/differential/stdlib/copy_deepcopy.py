# copy.copy / copy.deepcopy: sharing, cycles, memo, custom hooks
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"])
a[1].append(9)
print(s[1], d[1])

t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = "str"
print(copy.copy(s) is s, copy.deepcopy(5), copy.copy(None), copy.deepcopy(frozenset({1})))

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is not cyc, len(dc))
dd = {"self": None}
dd["self"] = dd
print(copy.deepcopy(dd)["self"]["self"] is not dd)

shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)

class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]
p = Plain(3)
pc, pd = copy.copy(p), copy.deepcopy(p)
print(type(pc).__name__, pc.v, pc.items is p.items, pd.items is p.items, pd.items)

class Hooked:
    def __init__(self, n):
        self.n = n
    def __copy__(self):
        print("copy hook")
        return Hooked(self.n + 100)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Hooked(self.n + 1000)
h = Hooked(1)
print(copy.copy(h).n, copy.deepcopy(h).n, copy.deepcopy([h, h])[0].n)

class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
sl = copy.deepcopy(Slots())
print(sl.x, hasattr(sl, "y"))

class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
print(copy.deepcopy(State()).a)

class Red:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (Red, (self.x * 2,))
print(copy.copy(Red(4)).x, copy.deepcopy(Red(5)).x)

import collections
od = collections.OrderedDict(b=[1], a=[2])
od2 = copy.deepcopy(od)
print(type(od2).__name__, list(od2), od2["b"] is od["b"])
dq = copy.copy(collections.deque([1, 2], maxlen=3))
print(dq, dq.maxlen)
ba = bytearray(b"xy")
print(copy.copy(ba) is ba, copy.copy(ba))
def fn():
    pass
print(copy.deepcopy(fn) is fn, copy.copy(int) is int)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print(type(e).__name__, e)
