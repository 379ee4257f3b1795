# tuples: construction, immutability, methods, comparisons, hashing and nesting
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), len(t), t[1:], t + (4,), t * 2, (0,) * 0, 3 in t)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print((1, 2) < (1, 2, 3), (1, 2) == (1, 2), (2,) > (1, 9), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print(e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(x for x, *_ in [(1,), (2, 3)]))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(tuple(x * x for x in range(4)), max((1, 5), (2, 0)), min([(2, "b"), (2, "a")]))
print(repr((1,)), repr(((),)), str((1, "a", None)))
