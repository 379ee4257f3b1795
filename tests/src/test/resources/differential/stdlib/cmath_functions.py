# cmath: every function over a grid of special and ordinary values, branch cuts, errors
import cmath, math

INF = float('inf')
NAN = float('nan')
VALUES = [-INF, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, INF, NAN, 1e300, -1e-310, 1e-310]


def fmt(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x) or x == 0:
        return repr(x)
    return '%.10g' % x


def show(name, *args):
    f = getattr(cmath, name)
    try:
        r = f(*args)
    except Exception as e:
        return type(e).__name__ + ':' + str(e)
    if isinstance(r, complex):
        return '(%s,%s)' % (fmt(r.real), fmt(r.imag))
    if isinstance(r, tuple):
        return '(%s)' % ','.join(fmt(v) for v in r)
    if isinstance(r, float):
        return fmt(r)
    return repr(r)


for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    print('==', name)
    for re in VALUES:
        print(fmt(re), ' '.join(show(name, complex(re, im)) for im in VALUES))

print('== rect')
for r in VALUES:
    print(fmt(r), ' '.join(show('rect', r, phi) for phi in VALUES))

print('== log base')
for x, b in [(8, 2), (100, 10), (1j, 2), (0, 2), (2, 0), (1, 1), (-1, 3), (2, 1j), (1e300, 1e-300)]:
    print(x, b, show('log', x, b))

print('== ints, floats, objects')
print(show('sqrt', -4), show('sqrt', 4), show('exp', True), show('log', 10**20), show('phase', -1), show('phase', -1.0))
print(show('sqrt', complex(-4, -0.0)), show('sqrt', complex(-4, 0.0)))
print(show('exp', 710), show('exp', complex(710, 1)), show('cosh', 1000), show('sinh', complex(-1000, 2)), show('tanh', 1000))


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 5


print(show('sqrt', C()), show('sqrt', F()), show('sqrt', I()), show('sqrt', Bad()))
print(show('sqrt', 'x'), show('sqrt', None), show('rect', 'a', 1), show('rect', 1, 1j))
print(show('isclose', 1 + 1j, 1 + 1.0000000001j), show('isclose', 1, 1.1), show('isclose', INF, INF), show('isclose', NAN, NAN))
print(cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isclose(complex(INF, 1), complex(INF, 2)))
for kw in [dict(rel_tol=-1), dict(abs_tol=-0.1)]:
    try:
        cmath.isclose(1, 2, **kw)
    except ValueError as e:
        print('ValueError', e)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(repr(cmath.polar(1j)), repr(cmath.rect(2, 0)), repr(cmath.rect(2, -0.0)), repr(cmath.sqrt(-1)), repr(cmath.exp(0)))
