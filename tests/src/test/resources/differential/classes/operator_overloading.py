# arithmetic operator overloading, NotImplemented fallbacks, reflected and in-place operators
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __neg__(self): return V(*(-a for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __lshift__(self, k): return V(*(a << k for a in self.c))
    def __and__(self, o): return "and"
    def __rsub__(self, o): return f"rsub({o})"
v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, v * 3, 3 * v, -v, v @ V(5, 6), v / 2, v // 2, v % 2, v ** 2, pow(v, 2, 3), v << 1, v & 0, 10 - v)
for expr in [lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v - v, lambda: v < v, lambda: v | 1]:
    try:
        print(expr())
    except TypeError as e:
        print(e)
class Sub(V):
    def __radd__(self, o): return "Sub.__radd__ wins"
print(V(1) + Sub(2))
class IAdd(V):
    def __iadd__(self, o):
        self.c = self.c + (o,)
        return self
x = IAdd(1)
y = x
x += 9
print(x, x is y)
z = V(1)
z += 1
print(z)
class NI:
    def __eq__(self, o): return NotImplemented
print(NI() == NI(), NI() != 1, [NI()] == [NI()])
