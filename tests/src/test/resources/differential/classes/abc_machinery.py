import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print(type(e).__name__, "A" in str(e))  # 3.12 reworded the message
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(C().f(), C.__abstractmethods__)
class V: pass
A.register(V)
print(isinstance(V(), A), issubclass(V, A), issubclass(int, A))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
try:
    A.register(3)
except TypeError as e: print(e)
print(type(A._abc_impl).__name__, abc.get_cache_token() > 0)
