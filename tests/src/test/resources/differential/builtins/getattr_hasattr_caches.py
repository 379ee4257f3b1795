# getattr(obj, name, default) and hasattr(obj, name) are cached per receiver class: check the
# answers through instance and class attributes, methods, properties, __getattr__, builtin
# instances, and after the class changes.


class P:
    kind = 'class attr'

    def __init__(self):
        self.x = 1

    def method(self):
        return 'method of P'

    @property
    def prop(self):
        return 'prop'

    @property
    def broken(self):
        raise AttributeError('inside the getter')

    @property
    def failing(self):
        raise ValueError('not an AttributeError')


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return 'dynamic ' + name
        raise AttributeError(name)


def probe(obj, names):
    out = []
    for name in names:
        v = getattr(obj, name, '<missing>')
        out.append((name, v() if callable(v) and not isinstance(v, type) else v, hasattr(obj, name)))
    return out


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


p = P()
run('instance', lambda: probe(p, ['x', 'kind', 'method', 'prop', 'broken', 'nope']))
for _ in range(50):
    try:
        getattr(p, 'failing', None)
    except ValueError as e:
        err = e
print('ValueError passes through:', err)
run('__getattr__', lambda: probe(WithGetattr(), ['dynamic', 'other']))
run('builtins', lambda: probe((1, 2), ['__len__', 'nope']) + probe('s', ['upper', 'real']) + probe(5, ['real', 'imag', 'nope']))
run('class object', lambda: probe(P, ['kind', 'x', '__name__']))
P.kind = 'changed'
P.nope = 'now there'
run('after class change', lambda: probe(p, ['kind', 'nope']))
del P.nope
p.__dict__['method'] = lambda: 'shadowed'
run('shadowed', lambda: probe(p, ['method', 'nope']))
names = ['x' + str(i % 7) for i in range(50)]
q = P()
for i in range(7):
    setattr(q, 'x' + str(i), i)
run('computed names', lambda: tuple(getattr(q, n, None) for n in names))
for bad in (lambda: getattr(p, 5, None), lambda: hasattr(p, None), lambda: getattr(p, 'nope')):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
