import types, weakref, dataclasses
class Base: __slots__ = ('x',)
print(type(Base.__dict__['x']) is types.MemberDescriptorType, types.MemberDescriptorType, types.GetSetDescriptorType)
print(repr(types.FunctionType.__globals__), repr(types.FunctionType.__code__))
class A: pass
print(hasattr(A(), '__weakref__'), '__weakref__' in A.__dict__, '__dict__' in A.__dict__, list(A.__dict__))
print(repr(A.__dict__['__dict__']), repr(A.__dict__['__weakref__']))
class S: __slots__ = ('__weakref__',)
print(S().__weakref__)
s = S(); r = weakref.ref(s); print(s.__weakref__ is r)
for b in (object, Exception, int, list, dict, set, type, str, tuple):
    class C(b): pass
    print(b.__name__, '__dict__' in C.__dict__, '__weakref__' in C.__dict__)
class T(Base): pass
print('T', '__dict__' in T.__dict__, '__weakref__' in T.__dict__)
class U(T): pass
print('U', '__dict__' in U.__dict__, '__weakref__' in U.__dict__)
for o in (Exception(), set(), Base(), U()):
    try: weakref.ref(o); print(type(o).__name__, 'ok')
    except TypeError as e: print(e)
@dataclasses.dataclass(slots=True)
class P:
    x: int
    y: int = 0
print(P(1), P.__slots__)
@dataclasses.dataclass(slots=True, weakref_slot=True)
class Q:
    x: int
q = Q(3); print(weakref.ref(q)() is q, Q.__slots__)
a = A(); a.k = 1; print(a.__dict__); a.__dict__ = {'z': 2}; print(a.z, vars(a))
print(sorted(n for n in dir(A) if n.startswith('__w') or n == '__dict__'))
print(type(property.fget).__name__, type(complex.real).__name__, type(slice.start).__name__)
