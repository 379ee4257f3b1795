# unpacking: nested, starred in all positions, in for loops, and errors
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*x, y = "hello"
print(x, y)
p, *q, r = range(5)
print(p, q, r)
first, *_ = [9]
print(first, _)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for (a1, *rest) in ["abc", "de"]:
    print(a1, rest)
print([*range(3), *"ab", *{1: 2}])
print((*[1, 2],), {**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *(2, 3)} == {1, 2, 3})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
for bad in [(1, 2, 3), (1,), 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
x, y = y, x
print(x, y)
d = {}
d["a"], d["b"] = 1, 2
print(d)
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(lst)
