# parameters: defaults, keyword arguments, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, z=3), g(1, 2, 3))
def h(*, key):
    return key
print(h(key="k"))
def mutable_default(item, acc=[]):
    acc.append(item)
    return acc
print(mutable_default(1), mutable_default(2))
def count(*args, sep=" "):
    return sep.join(str(a) for a in args)
print(count(1, 2, 3), count("a", "b", sep="-"))
print((lambda x, y=10: x * y)(3), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
