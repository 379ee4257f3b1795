# set mutation methods: add/discard/remove/pop/clear/update family/copy and errors
s = set()
s.add(1); s.add(2); s.add(2)
print(s, len(s))
s.discard(5); s.discard(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.update([3, 4], (5,), {6})
print(sorted(s))
s.intersection_update([3, 4, 5, 99])
print(sorted(s))
s.difference_update({3})
print(sorted(s))
s.symmetric_difference_update({5, 7})
print(sorted(s))
t = s.copy()
t.add(100)
print(sorted(s), sorted(t))
x = {10}
print(x.pop(), x)
try:
    x.pop()
except KeyError as e:
    print(e)
t.clear()
print(t, bool(t))
try:
    for item in (d := {1, 2, 3}):
        d.add(item + 10)
except RuntimeError as e:
    print(e)
f = frozenset({1})
print(hasattr(f, "add"), f.copy() is f, frozenset(f) is f)
try:
    s.remove([])
except TypeError as e:
    print(e)
print({x % 3 for x in range(10)}, {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
