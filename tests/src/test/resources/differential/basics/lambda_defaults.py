# lambdas: defaults captured at definition, late binding in loops, keyword-only and varargs
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
g = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6))
h = lambda *, k: k * 2
print(h(k=5))
try:
    h(5)
except TypeError as e:
    print(e)
print((lambda: None)(), (lambda x: x)(x=9), (lambda *a: a)(1, 2))
print((lambda: 0).__name__, (lambda x, y=1: 0).__defaults__, (lambda *, z=3: 0).__kwdefaults__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), compose(len, str)(12345))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
