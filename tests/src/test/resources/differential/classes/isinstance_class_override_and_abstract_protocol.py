class C: pass
class Proxy:
    def __init__(self, obj): self.obj = obj
    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, 'obj'), name)
p = Proxy(C())
print(p.__class__ is C, isinstance(p, C), isinstance(p, Proxy))
class AbstractClass:
    def __init__(self, bases): self.bases = bases
    __bases__ = property(lambda self: self.bases)
    def __call__(self): return AbstractInstance(self)
class AbstractInstance:
    def __init__(self, klass): self.klass = klass
    __class__ = property(lambda self: self.klass)
Sup = AbstractClass(bases=()); Child = AbstractClass(bases=(Sup,))
Other = AbstractClass(bases=())
print(isinstance(Child(), Sup), issubclass(Child, Sup), isinstance(Child(), Other), issubclass(Child, Other))
print(isinstance(Child(), (int, Sup)), issubclass(Child, (Other, Sup)))
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
t("i1", lambda: isinstance(1, 5))
t("s1", lambda: issubclass(1, int))
t("s2", lambda: issubclass(int, 5))
t("s3", lambda: issubclass(Child, int))
t("s4", lambda: issubclass(int, Sup))
t("i2", lambda: isinstance(3, Sup))
from unittest import mock
m = mock.Mock(spec=C)
print(isinstance(m, C), isinstance(m, mock.Mock))
class M(type):
    def __instancecheck__(cls, inst): return inst == 42
class K(metaclass=M): pass
print(isinstance(42, K), isinstance(K(), K), isinstance(1, K))
print(type.__subclasscheck__(Sup, Child) if False else type.__subclasscheck__(int, bool))
t("tsc", lambda: type.__subclasscheck__(int, Child))
print(isinstance(1, int | str), issubclass(bool, int | str))
import collections.abc
print(isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.Mapping))
class Deep:
    def __init__(self, b): self.__bases__ = b
d = Deep(())
for i in range(5000): d = Deep((d,))
print(issubclass(d, Deep(())))
