# super() in a method means super(__class__, self) only while the name super is the builtin:
# a class, a local or a replaced builtins.super named super is called as written.
class super:
    msg = "truly super"
class C:
    def method(self): return super().msg
    def m2(self): return super().__class__.__name__
print(C().method(), C().m2())
del super
class B:
    def f(self): return "B.f"
class D(B):
    def f(self): return "D>" + super().f()
    def g(self):
        super = lambda: "local"
        return super()
print(D().f(), D().g())
def dynamic():
    class E(B):
        def f(self): return super().f()
    return E
import builtins
E = dynamic()
old = builtins.super
class Fake:
    def f(self): return "fake"
builtins.super = lambda: Fake()
try: print(E().f())
finally: builtins.super = old
print(E().f())
