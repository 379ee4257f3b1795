# Object model and builtins spot checks: __class__ assignment, __init_subclass__, __set_name__, __prepare__, __instancecheck__, slots, super, __missing__, number and str methods, error messages, notes, errno mapping, zip strict, huge ranges.
class A: pass
class B: pass
a = A(); a.__class__ = B; print(type(a).__name__)
class Base:
    def __init_subclass__(cls, **kw): cls.tag = kw.get("tag"); super().__init_subclass__()
class C(Base, tag="x"): pass
print(C.tag)
class D:
    def __set_name__(self, owner, name): self.name = name
class E: d = D()
print(E.d.name, list[int], type(list[int]).__name__)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return {"injected": 1}
    def __instancecheck__(cls, o): return o == 42
class F(metaclass=Meta): pass
print(F.injected, isinstance(42, F), isinstance(1, F))
class S: __slots__ = ("x",)
s = S(); s.x = 1
try: s.y = 2
except AttributeError as e: print(e)
class G(A):
    def f(self): return super(G, self).__class__.__name__
print(G().f())
class M(dict):
    def __missing__(self, k): return k * 2
print(M()[21], pow(3, -1, 7), pow(2, 100, 1000), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print("abc".translate(str.maketrans("ab", "xy", "c")), "ß".casefold(), "\U0001F600x"[1], -7 // 2, -7 % 2, divmod(-7, 2))
import operator
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 5
print(operator.length_hint(iter([1,2])), operator.length_hint(L()), sum([0.1]*10), 10**20 // 3)
try: [].pop()
except IndexError as e: print(e)
try: {}["k"]
except KeyError as e: print(repr(e))
try: 1 + "a"
except TypeError as e: print(e)
try: None.x
except AttributeError as e: print(e)
e = ValueError("v"); e.add_note("note1"); print(e.__notes__)
try: raise OSError(2, "No such file")
except FileNotFoundError as e: print(type(e).__name__, e.errno, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), list(zip([1,2], "ab", strict=True)))
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
print(range(10**20)[10**19], 10**19 in range(0, 10**20, 2), len(range(0, 10**20, 3)))
