# truth values of builtin objects and user classes; and/or return operands
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0},
          None, range(0), range(1), b"", b"\x00", bytearray(), frozenset()]
for x in values:
    print(repr(x), bool(x), not x)
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1, [] and 1, 3 or 1 / 0, 0 and 1 / 0)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 3
class Z:
    def __len__(self): return 0
class N:
    pass
print(bool(B(True)), bool(B(False)), bool(L()), bool(Z()), bool(N()))
try:
    bool(B(1))
except TypeError as e:
    print(e)
class Neg:
    def __len__(self): return -1
try:
    bool(Neg())
except ValueError as e:
    print(e)
print("yes" if L() else "no", "yes" if Z() else "no")
x = [1, 2]
while x:
    print(x.pop())
