# special methods set to None: calling them fails (no fallback to __len__ or iteration), and a
# builtin __new__ refuses a builtin subtype with a __new__ of its own
class A:
    __bool__ = None
class B:
    def __len__(self): return 10
    __bool__ = None
class L:
    __len__ = None
class BC:
    def __contains__(self, o): return False
class Blk(BC):
    __contains__ = None
    def __iter__(self): return iter([1])
class It:
    __iter__ = None
    def __getitem__(self, i): return i
for f in (lambda: bool(A()), lambda: bool(B()), lambda: not A(), lambda: len(L()), lambda: 1 in Blk(),
          lambda: iter(It()), lambda: int.__new__(bool, 0), lambda: bool.__new__(int, 0), lambda: list(It()),
          lambda: 1 if A() else 2):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(list(Blk()))
