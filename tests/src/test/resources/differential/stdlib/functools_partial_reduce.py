# functools.partial and reduce: argument merging, repr-free introspection, errors
import functools

def f(a, b, c=3, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))

p = functools.partial(f, 1)
print(p(2))
print(p(2, 4, 5, 6))
print(p(b=9))
q = functools.partial(f, 1, 2, c=10, x=1)
print(q())
print(q(c=20, y=2))
print(q.func is f, q.args, sorted(q.keywords.items()))
# partial of a partial flattens
r = functools.partial(q, y=7)
print(r.func is f, r.args, sorted(r.keywords.items()))
print(r())
print(functools.partial(int, base=2)("1011"))
print(functools.partial(max, key=len)("a", "ccc", "bb"))

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [], 100))
print(functools.reduce(lambda a, b: a * b, range(1, 8), 1))
print(functools.reduce(lambda acc, s: acc + [len(s)], ["x", "yy", "zzz"], []))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a - b, iter([10, 1, 2])))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

# wraps / update_wrapper
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def documented(x):
    "Doc string here."
    return x * 2
print(documented.__name__, documented.__doc__, documented(21), documented.__wrapped__.__name__)
print(documented.__qualname__)
