# type.__subclasses__(): creation order, __bases__ reassignment moving a class between bases,
# classes collected when nothing refers to them, a metaclass with its own mro(), and many
# subclasses of one base (each new class registers itself without rescanning its base's list).
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


print([c.__name__ for c in A.__subclasses__()])


class D:
    pass


B.__bases__ = (D,)
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in D.__subclasses__()])
print(B.__mro__)

for i in range(100):
    type('T%d' % i, (A,), {})
gc.collect()
print(len(A.__subclasses__()) <= 101, C in A.__subclasses__())


class M(type):
    def mro(cls):
        return (cls, object)


class E(A, metaclass=M):
    pass


print(E.__mro__, E in A.__subclasses__(), isinstance(E(), A))

kept = [type('K%d' % i, (D,), {'n': i}) for i in range(5000)]
subs = D.__subclasses__()
print(len(subs), subs[0].__name__, subs[1].n, subs[-1].n)
print(sum(k.n for k in kept), kept[4321].__mro__[1].__name__)
