# pickle round trips: containers, shared/recursive references, classes, builtin functions and part-used iterators
import pickle, copy, collections

data = {"ints": [0, -1, 2**70], "floats": [0.5, -0.0, float("inf")], "text": "é\U0001F600", "bytes": b"\x00\xff",
        "nested": ({"k": frozenset({1, 2})}, [None, True, False]), "ba": bytearray(b"ab"), "c": 1 + 2j}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(data, protocol=proto)) == data, proto
print(pickle.loads(pickle.dumps(data)) == data, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

shared = [1, 2]
both = pickle.loads(pickle.dumps([shared, shared]))
print(both, both[0] is both[1])
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2, len(r2))

Point = collections.namedtuple("Point", "x y")
class Plain:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        return type(other) is Plain and other.a == self.a
class WithState:
    def __init__(self):
        self.secret, self.public = "s", "p"
    def __getstate__(self):
        return {"public": self.public}
    def __setstate__(self, st):
        self.__dict__.update(st, restored=True)
class Reduced:
    def __init__(self, *args):
        self.args = args
    def __reduce__(self):
        return (Reduced, self.args + ("extra",))
print(pickle.loads(pickle.dumps(Point(1, 2))), pickle.loads(pickle.dumps(Plain([1]))) == Plain([1]))
ws = pickle.loads(pickle.dumps(WithState()))
print(sorted(vars(ws).items()), pickle.loads(pickle.dumps(Reduced(1, 2))).args)
print(list(pickle.loads(pickle.dumps(collections.OrderedDict(b=1, a=2))).items()), pickle.loads(pickle.dumps(collections.deque([1, 2], maxlen=5))))
print(pickle.loads(pickle.dumps(collections.Counter("aab"))), pickle.loads(pickle.dumps(collections.defaultdict(list, k=[1]))))
print(pickle.loads(pickle.dumps({1, 2, 3})), pickle.loads(pickle.dumps(frozenset())), pickle.loads(pickle.dumps(range(1, 10, 3))), pickle.loads(pickle.dumps(slice(1, 2))))

print(pickle.loads(pickle.dumps(len))("abc"), pickle.loads(pickle.dumps(max))(3, 9), pickle.loads(pickle.dumps(Plain)) is Plain, pickle.loads(pickle.dumps(int)) is int)
print(len.__reduce__(), [].append.__reduce__()[1], list.append.__reduce__()[1], dict.fromkeys.__reduce__()[1])
print(pickle.loads(pickle.dumps(list.append)), pickle.loads(pickle.dumps(str.upper))("x"))

it = iter([10, 20, 30, 40])
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it), it.__reduce__()[1:])
t = iter((1, 2, 3))
next(t)
print(list(copy.deepcopy(t)), list(t), t.__reduce__()[1:])
s = iter("a\U0001F600bc")
next(s)
next(s)
print(s.__reduce__()[1:], list(pickle.loads(pickle.dumps(s))), list(s), s.__reduce__()[1:])
l = iter([1, 2, 3])
l.__setstate__(10)
print(list(l))
l = iter([1, 2, 3])
l.__setstate__(-5)
print(list(l))
x = iter("abc")
x.__setstate__(2)
print(list(x), iter([]).__reduce__()[0] is iter)
for bad in [lambda: pickle.dumps((i for i in []))]:
    try:
        bad()
    except (TypeError, pickle.UnpicklingError, EOFError) as e:
        print(type(e).__name__, e)
