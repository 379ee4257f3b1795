# Builtin iterators survive pickle and copy part-way through: the clone yields what the
# original had left, and the two advance independently.
import array
import collections
import copy
import functools
import pickle


class Squares:
    """A sequence by the old __getitem__ protocol."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 5


cases = [
    ("list", lambda: iter([1, 2, 3, 4])),
    ("list reversed", lambda: reversed([1, 2, 3, 4])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("range", lambda: iter(range(3, 30, 4))),
    ("range beyond long", lambda: iter(range(2**70, 2**70 + 9, 3))),
    ("str", lambda: iter("spam")),
    ("str beyond ascii", lambda: iter("h\u00e9llo \U0001f40d")),
    ("bytes", lambda: iter(b"eggs")),
    ("bytearray", lambda: iter(bytearray(b"ham"))),
    ("set", lambda: iter({1, 2, 3, 4})),
    ("frozenset", lambda: iter(frozenset({5, 6, 7}))),
    ("dict keys", lambda: iter({"a": 1, "b": 2, "c": 3})),
    ("dict values", lambda: iter({"a": 1, "b": 2, "c": 3}.values())),
    ("dict items", lambda: iter({"a": 1, "b": 2, "c": 3}.items())),
    ("dict reversed", lambda: reversed({"a": 1, "b": 2, "c": 3})),
    ("dict values reversed", lambda: reversed({"a": 1, "b": 2, "c": 3}.values())),
    ("enumerate", lambda: enumerate("abcd", 10)),
    ("zip", lambda: zip([1, 2, 3], "xyz")),
    ("map", lambda: map(abs, [-1, -2, 3])),
    ("filter", lambda: filter(None, [0, 1, 0, 2, 3])),
    ("reversed sequence", lambda: reversed(Squares())),
    ("old protocol", lambda: iter(Squares())),
    ("callable", lambda: iter(functools.partial(next, iter([1, 2, 3, 4])), 4)),
    ("deque", lambda: iter(collections.deque([1, 2, 3, 4]))),
    ("array", lambda: iter(array.array("i", [7, 8, 9]))),
]

for name, make in cases:
    for taken in (0, 1, 10):
        results = []
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            it = make()
            for _ in range(taken):
                next(it, None)
            clone = pickle.loads(pickle.dumps(it, proto))
            results.append((type(clone).__name__, list(clone), list(it)))
        it = make()
        for _ in range(taken):
            next(it, None)
        shallow = copy.copy(it)
        deep = copy.deepcopy(it)
        assert all(r == results[0] for r in results), (name, results)
        print(name, taken, results[0], list(deep), list(shallow), list(it))

# __setstate__ moves the position, clamped to the sequence
for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter("abc"), lambda: iter(b"abc"), lambda: reversed([1, 2, 3]),
             lambda: reversed("abc"), lambda: iter(array.array("b", [1, 2, 3]))):
    row = []
    for state in (-5, 0, 1, 2, 3, 99, True):
        it = make()
        it.__setstate__(state)
        row.append(list(it))
    print(type(make()).__name__, row)
for bad in ("1", 1.5, 2**100):
    try:
        iter([1]).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# a zip keeps strict=True through pickling
z = pickle.loads(pickle.dumps(zip([1, 2], [3], strict=True)))
try:
    print(list(z))
except ValueError as e:
    print("ValueError", e)

# an iterator that wraps another pickles the inner one too
e = enumerate(iter([10, 20, 30]))
next(e)
print(list(pickle.loads(pickle.dumps(e))), list(e))

# a memoryview iterator cannot be pickled
try:
    pickle.dumps(iter(memoryview(b"ab")))
except TypeError as e:
    print("TypeError", e)

# which iterator types have which methods
for it in (iter([]), iter(range(1)), iter(set()), iter({}), enumerate([]), zip(), map(abs, []), filter(None, []), iter(int, 1)):
    t = type(it)
    print(t.__name__, [m for m in ("__length_hint__", "__reduce__", "__setstate__") if m in t.__dict__])

# a callable that raises StopIteration ends iter(callable, sentinel)
it = iter(iter([1, 2]).__next__, 99)
print(list(it), next(it, "done"))
