class A: pass
a=A(); print(a.__getstate__(), object().__getstate__())
a.x=1; print(a.__getstate__())
class S:
    __slots__=('p','q')
s=S(); s.p=1; print(s.__getstate__())
print(a.__reduce_ex__(2)[1:3], a.__reduce_ex__(0)[1:2])
print((5).__reduce_ex__(2)[1:], [1].__reduce_ex__(2)[1:3])
import copy; print(copy.copy(a).x, copy.deepcopy([a])[0].x)
print(object().__reduce__()[1:])
class P:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (P, (self.v * 2,))
print(copy.copy(P(3)).v, copy.deepcopy({1: [P(1)]})[1][0].v)
class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
q = copy.deepcopy(Pt(1, [2]))
print(q.x, q.y)
class L(list): pass
l = L([1, 2]); l.tag = 't'; l2 = copy.copy(l); print(type(l2).__name__, l2, l2.tag)
