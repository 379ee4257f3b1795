# obj.name(args, k=v): builtin methods and functions taking keywords (bound once per call site),
# *args/**kwargs builtins, Python methods, class and static methods, module functions, methods
# shadowed by instance attributes, __getattr__, super() and private (mangled) names; and the
# errors a wrong keyword gives, which must not change once the call sites are warm.
import json


class Base:
    def greet(self, name, punct='!'):
        return 'hello %s%s' % (name, punct)


class C(Base):
    def __init__(self, tag='c'):
        self.tag = tag

    def m(self, a, b=2, *, c=3):
        return (self.tag, a, b, c)

    @classmethod
    def cm(cls, x, y=0):
        return (cls.__name__, x, y)

    @staticmethod
    def sm(x, y=1):
        return x * y

    def greet(self, name, punct='?'):
        return super().greet(name=name.upper(), punct=punct * 2)

    def __hidden(self, v=0):
        return v + 1

    def call_hidden(self):
        return self.__hidden(v=41)


class Dyn:
    def __getattr__(self, name):
        return lambda **kw: (name, sorted(kw.items()))


def run(rounds):
    c = C('x')
    out = []
    for i in range(rounds):
        out = [
            'a,b,,c'.split(sep=',', maxsplit=2),
            'a b c'.rsplit(maxsplit=1),
            'héllo'.encode(encoding='utf-8', errors='strict'),
            b'h\xc3\xa9'.decode(encoding='utf-8'),
            '{0}-{name}-{n:03d}'.format(i % 3, name='k', n=i % 7),
            sorted([3, -1, 2], key=abs, reverse=True),
            dict(a=1, b=i % 2),
            int('ff', base=16), round(2.675, ndigits=2),
            c.m(1, b=5), c.m(a=2, c=9), c.m(3),
            C.cm(x=1, y=i % 2), c.cm(5, y=6), C.sm(x=3, y=4), c.sm(2),
            c.greet(name='ann'), c.greet('bob', punct='.'),
            c.call_hidden(),
            json.dumps({'k': [1, 2]}, sort_keys=True, separators=(',', ':')),
            Dyn().anything(p=1, q=2),
        ]
        lst = [5, 1, 4]
        lst.sort(key=lambda v: -v)
        out.append(lst)
        d = {}
        out.append(d.setdefault('k', default_value) if False else d.setdefault('k', 7))
    return out


for item in run(3000):
    print(item)

shadow = C()
shadow.m = lambda *a, **k: ('shadowed', a, sorted(k.items()))
print(shadow.m(1, z=2))


def errors():
    cases = [
        lambda: 'a'.split(sepp=','),
        lambda: 'a'.split(',', sep=','),
        lambda: [].append(item=1),
        lambda: C('y').m(1, d=4),
        lambda: C('y').m(1, a=1),
        lambda: C.cm(1, x=2),
        lambda: int('5', bass=10),
        lambda: 'x'.encode(encoding=5),
        lambda: [1].sort(keyy=None),
        lambda: print(1, ende=""),
        lambda: int(x="5"),
    ]
    for f in cases:
        try:
            f()
            print('no error')
        except TypeError as e:
            print('TypeError:', e)


for _ in range(300):
    errors_seen = []
errors()
for _ in range(2000):
    try:
        'a'.split(sepp=',')
    except TypeError:
        pass
errors()
