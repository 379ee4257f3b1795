from _collections import deque, defaultdict, _count_elements

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); print(d)
print(d.count(1), d.index(2), 2 in d, "z" in d, list(reversed(d)))
d.insert(1, "ins"); d.remove("ins"); d.reverse(); print(d)
d[0] = "first"; del d[1]; print(d, d.copy(), d == d.copy(), d is not d.copy())
b = deque(range(10), maxlen=3); print(b, b.maxlen); b.append(10); print(b); b.appendleft(-1); print(b)
print(deque(maxlen=0), deque("abc", 2), repr(deque()))
e = deque([1, 2]); e += [3]; print(e, e + deque([4]), e * 2, 2 * e); e *= 2; print(e)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1])
it = iter(e); next(it); e.append(5)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(7),
            lambda: deque([], maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: deque() + [1], lambda: hash(deque())):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
class D(deque):
    pass
x = D([1, 2], 5); print(x, type(x.copy()).__name__, x.copy().maxlen, deque[int])
r = deque([1]); r.append(r); print(r)

dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dd.default_factory, dict(dd), len(dd))
n = defaultdict(int, {"x": 1}, y=2); n["z"] += 5; print(sorted(n.items()), repr(defaultdict()))
print(isinstance(n, dict), type(n.copy()).__name__, n.copy() == n, (n | {"q": 0})["q"], type(n | {}).__name__, type({} | n).__name__)
try:
    defaultdict()["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(3)
except TypeError as ex:
    print("TypeError", ex)
dd.default_factory = set; dd["s"].add(1); print(dd["s"])
counts = {}
_count_elements(counts, "abracadabra"); print(sorted(counts.items()))
