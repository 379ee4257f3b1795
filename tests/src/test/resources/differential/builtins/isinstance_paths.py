# isinstance through its paths: exact type, subclasses, tuples (nested), a class overriding
# __class__ (as proxies and mocks do), metaclass __instancecheck__ (ABCs), unions, bad args.
import abc
import collections.abc


class Base:
    pass


class Derived(Base):
    pass


class Pretender:
    @property
    def __class__(self):
        return Derived


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'


class Magic(metaclass=Meta):
    pass


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


d = Derived()
run('exact and base', lambda: (isinstance(d, Derived), isinstance(d, Base), isinstance(d, object), isinstance(d, int)))
run('tuples', lambda: (isinstance(d, (int, str, Base)), isinstance(d, (int, (str, (Derived,)))), isinstance(5, (str, float)), isinstance(5, ())))
run('__class__ override', lambda: (isinstance(Pretender(), Derived), isinstance(Pretender(), Base), isinstance(Pretender(), Pretender), isinstance(Pretender(), int)))
run('metaclass check', lambda: (isinstance('magic', Magic), isinstance('other', Magic), isinstance('magic', (int, Magic))))
run('ABCs', lambda: (isinstance([], Sized), isinstance(5, Sized), isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Mapping)))
run('unions', lambda: (isinstance(5, int | str), isinstance(5.0, int | str), isinstance(None, int | None)))
run('bools and ints', lambda: (isinstance(True, int), isinstance(1, bool), isinstance(2 ** 80, int)))
for bad in (lambda: isinstance(1, 5), lambda: isinstance(1, (int, 5)) or isinstance(1, (str, 5))):
    for _ in range(20):
        try:
            bad()
        except TypeError as e:
            err = str(e)
    print(err)
