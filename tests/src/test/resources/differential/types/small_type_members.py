import types
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp | {'c': 3}, {'z': 0} | mp, list(reversed(mp)))
try:
    mp |= {'x': 1}
except TypeError as e: print(e)
print({'a': 1} | {'b': 2}, dict.__ror__({'a': 1}, {'q': 9}))
print('ab'.__getnewargs__(), float.__getformat__('double'), (1+2j).__complex__())
def f(): pass
f.x = 1; print(f.__dict__)
e = ValueError(1); e.note = 'n'; print(e.__dict__)
ns = types.SimpleNamespace(a=1); print(ns.__dict__)
cm = classmethod(f); print(cm.__wrapped__ is f)
class A:
    def m(self): return 'A'
class B(A):
    def m(self): return 'B' + super().m()
s = super(B).__get__(B()); print(s.m())
print(bool(NotImplemented) if False else 'skip')
