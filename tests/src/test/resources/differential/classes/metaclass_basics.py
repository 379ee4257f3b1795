# metaclasses: __new__/__init__/__call__, __prepare__, class keywords, __init_subclass__
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")

class A(metaclass=Registry):
    x = 1
    def m(self):
        pass
class B(A, tag="bee"):
    y = 2
print(Registry.classes, A.tag, B.tag, type(B).__name__, isinstance(B, Registry))

class Counting(type):
    def __call__(cls, *args, **kw):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kw)
class C(metaclass=Counting):
    def __init__(self, v):
        self.v = v
C(1); C(2)
print(C.instances, C(3).v)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class D(metaclass=Ordered, flag=True):
    z = 3
print(D.injected, D.z)

class Base:
    subs = []
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.label = prefix + cls.__name__
        Base.subs.append(cls.__name__)
class E(Base, prefix="my_"):
    pass
class F(E):
    pass
print(Base.subs, E.label, F.label)
try:
    class G(Base, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Meta1(type): pass
class Meta2(type): pass
class P1(metaclass=Meta1): pass
class P2(metaclass=Meta2): pass
try:
    class Both(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

Dyn = type("Dyn", (A,), {"w": 5, "get": lambda self: self.w})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__, Dyn.tag, type(Dyn).__name__)
print(type(type), type.__class__, isinstance(type, type), type(int).__name__)
class WithAttr(type):
    def describe(cls):
        return "class " + cls.__name__
class H(metaclass=WithAttr):
    pass
print(H.describe(), hasattr(H(), "describe"))
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
print(A.__qualname__, B.__mro__[1] is A, [k.__name__ for k in F.__mro__])
