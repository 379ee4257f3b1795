import sys
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(list['X']), repr(int | str), repr(int | None), repr(list[int] | None))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a) == hash(list[int]), a(), type(a), a.__class__)
print(list[int].append, dict[str,int].fromkeys.__name__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print((int | str).__args__, int | str == str | int, (int|str|int), isinstance(3, int | str), issubclass(bool, int | str))
print(type[int], list[int].__mro_entries__(()))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
