# set and frozenset algebra: operators and methods, subsets, in-place forms, mixing types
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference(b, {1}), a.symmetric_difference([4, 5, 6]))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {2}, f == {1, 2}, {1, 2} == f)
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a.union(5)
except TypeError as e:
    print(e)
print(sorted(set("hello")), set(), frozenset(), set([1, 1, 2]), {frozenset({1}): "k"})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset() == set())
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print(len({1, 1.0, True}), {0, False} == {0}, 1 in {1.0})
