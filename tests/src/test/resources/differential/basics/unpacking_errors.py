# unpacking: starred targets, nested patterns, error messages
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [u, *v]] = ["s", "uvw"]
print(s, u, v)
for i, (k, val) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, val)
d = {}
d["x"], d["y"] = 5, 6
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "changed"
print(i, lst)

for src in [[1, 2, 3], [1], (), "ab" * 3]:
    try:
        m, n = src
    except ValueError as e:
        print(type(e).__name__, e)
try:
    m, n, *o = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    m, n = None
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    m, n = gen()
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n = iter([1])
except ValueError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
try:
    f(**{"k": 1}, **{"k": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
a = b = c = [7]
print(a is b is c)
(a), = [9]
print(a)
[] = []
() = ()
print("empty targets ok")
