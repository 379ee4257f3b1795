# namedtuple fields are _collections._tuplegetter data descriptors: reads, errors, docs, pickling.
import collections, pickle, copy
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(type(P.x), P.x.__doc__, p.x, p.y, P.x.__get__(p), P.x.__get__(None, P) is P.x)
for bad in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'x'), lambda: P.x.__get__(5), lambda: P.y.__get__((1,))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
P.x.__doc__ = 'the x'
print(P.x.__doc__, pickle.loads(pickle.dumps(p)), copy.deepcopy(p), P.x.__reduce__()[1])
import _collections
g = _collections._tuplegetter(1, 'doc')
print(g.__get__((5, 6)), g.__doc__)
class Q(P):
    @property
    def total(self): return self.x + self.y
print(Q(3, 4).total, Q(3, 4).x)
