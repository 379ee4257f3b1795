# comparing self-containing containers ends in RecursionError "... in comparison", promptly
x = {}; x['foo'] = x
y = {}; y['foo'] = y
l = []; l.append(l)
m = []; m.append(m)
t = (l,)
u = (m,)
for a, b in ((x, y), (l, m), (t, u)):
    for op in ("==", "!="):
        try:
            eval(f"a {op} b")
        except RecursionError as e:
            print(op, "RecursionError:", e)
try:
    l < m
except RecursionError as e:
    print("<", "RecursionError:", e)
print(l == l, x == x)

# a deeply nested (not self-containing) list: repr and == stop at the limit too
a = []
for i in range(100000):
    a = [a]
for f in (repr, str, hash, lambda v: v == v[0], lambda v: tuple(v) == tuple(v)):
    try:
        f(a)
        print("ok")
    except (RecursionError, TypeError) as e:
        print(type(e).__name__, e)
b = ()
for i in range(100000):
    b = (b,)
try:
    print(hash(b) is not None)
except RecursionError as e:
    print("RecursionError", e)
