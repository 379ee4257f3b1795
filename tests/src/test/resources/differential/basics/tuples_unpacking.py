# tuples, packing and unpacking, starred assignment
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t * 2, t + (4,), (5,), (), len(t), t.count(2), t.index(3))
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, z=2))
print([*range(3), *"ab"], {*[1, 2], *[2, 3]} == {1, 2, 3}, {**{"a": 1}, "b": 2})
p = 1, 2
print(p, type(p).__name__, tuple([1, 2]), tuple("ab"), hash((1, 2)) == hash((1, 2)))
