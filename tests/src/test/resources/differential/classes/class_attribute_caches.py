# Class attribute reads and calls through a class (C.x, C.method(), C.cm(), type(x), list(x))
# are cached per class object at each site: the caches must follow every change.


class Base:
    X = 1

    def method(self=None):
        return 'Base.method'

    @classmethod
    def cm(cls):
        return 'cm of ' + cls.__name__

    @staticmethod
    def sm(a):
        return a * 2


class Sub(Base):
    pass


def read(cls):
    return cls.X


def call(cls):
    return cls.method(), cls.cm(), cls.sm(3)


def run(label, f, *args, n=300):
    results = set()
    for _ in range(n):
        results.add(f(*args))
    print(label, sorted(results, key=repr))


run('Base.X', read, Base)
run('Sub.X', read, Sub)
Sub.X = 2
run('Sub.X own', read, Sub)
run('Base.X again', read, Base)
Base.X = 3
run('Base.X changed', read, Base)
del Sub.X
run('Sub.X inherited', read, Sub)
run('calls', call, Sub)
Base.sm = staticmethod(lambda a: a + 100)
Base.cm = classmethod(lambda cls: 'new cm of ' + cls.__name__)
run('calls after change', call, Sub)
Sub.method = lambda: 'Sub.method'
run('calls with override', call, Sub)

# classmethods bind afresh to the class, each time
print(Base.cm == Base.cm, Base.cm is Base.cm, Base.cm.__self__ is Base)


# a metaclass data descriptor wins over the class's own attribute
class Meta(type):
    @property
    def X(cls):
        return 'Meta.X of ' + cls.__name__


class WithMeta(metaclass=Meta):
    X = 'own'


run('metaclass property', read, WithMeta)


class Plain:
    X = 'plain'


run('before __class__ change', read, Plain)


class Meta2(type):
    def __getattribute__(cls, name):
        return 'intercepted ' + name


class Other(metaclass=Meta2):
    X = 'other'


run('metaclass __getattribute__', read, Other)

# a property read through the class is the property itself
class P:
    @property
    def value(self):
        return 1


run('property through class', lambda: type(P.value).__name__)

# builtin classes called: the type's own __new__ and __init__
def construct():
    return (type(5).__name__, list((1, 2)), int('12'), str(3.5), tuple('ab'), dict(a=1), set([1, 1]), float('1.5'), bytes(2),
            frozenset('aa'), bool(0), object().__class__.__name__, range(3)[-1], type('T', (), {}).__name__)


run('builtin constructors', lambda: repr(construct()))

for bad in (lambda: int('x'), lambda: list(1, 2), lambda: type(), lambda: dict(1), lambda: str(b'a', 'nope')):
    for _ in range(30):
        try:
            bad()
        except Exception as e:
            err = type(e).__name__ + ': ' + str(e)
    print(err)


# a builtin subclass with a Python __init__, and one whose __new__ returns something else
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(self)


class Odd(int):
    def __new__(cls, v):
        return 'not an int'


run('subclasses', lambda: (repr(MyList('abc')), MyList('abc').extra, Odd(3)))
