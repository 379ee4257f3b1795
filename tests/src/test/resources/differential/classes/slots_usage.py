# __slots__: restricted attributes, no __dict__, inheritance, defaults conflict, __weakref__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 5
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(3)
r.w = 4
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, type(S.single).__name__)
import weakref
try:
    weakref.ref(p)
except TypeError as e:
    print(e)
class WR:
    __slots__ = ("__weakref__",)
w2 = WR()
print(weakref.ref(w2)() is w2)
