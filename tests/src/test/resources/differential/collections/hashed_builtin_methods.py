# dict and set methods called on user-class keys (Enum members hash in Python): __getitem__ through a
# dict subclass (defaultdict), get, setdefault, pop, __contains__, set.add/discard/remove, and the
# TypeError an unhashable key raises from each, after the cached hashing paths have warmed up.
import enum
class C(enum.Enum):
    A = 1
    B = 2
s = set(); d = {}
for i in range(3000):
    k = C.A if i % 3 else C.B
    s.add(k); d[k] = d.get(k, 0) + 1; d.setdefault(k, 5)
    if k in d: pass
    s.discard(C.B)
print(s, d)
for bad in ([], {}, set()):
    for op in (lambda: s.add(bad), lambda: s.discard(bad), lambda: d.__setitem__(bad, 1), lambda: d.pop(bad), lambda: d.setdefault(bad), lambda: bad in d, lambda: d.__getitem__(bad)):
        try: op(); print('ok')
        except Exception as e: print(type(e).__name__, e)
s.add(frozenset([1])); s.discard({1}); print(s)
try: s.remove(C.B)
except KeyError as e: print('KeyError', e)
print(d.pop(C.A), d.pop(C.A, 'gone'), len(d))
import collections
dd = collections.defaultdict(list)
for i in range(100): dd[C.A if i % 2 else C.B].append(i)
print({k.name: len(v) for k, v in dd.items()})
