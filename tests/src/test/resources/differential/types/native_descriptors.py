import time
print(type(time.struct_time.tm_year).__name__, time.struct_time.tm_year)
class S: __slots__ = ('a',)
s = S(); S.a.__set__(s, 4); print(S.a.__get__(s, S), S.a.__name__, S.a.__objclass__.__name__, S.a.__qualname__)
S.a.__delete__(s); print(hasattr(s, 'a'))
print(type(int.real).__name__, repr(int.real).startswith("<attribute 'real' of 'int' objects>"))
print(object().__doc__ is None or isinstance(object().__doc__, str))
