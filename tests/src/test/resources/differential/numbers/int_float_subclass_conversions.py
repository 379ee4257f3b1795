class MyInt(int):
    def __int__(self): return 42
class F(float):
    def __float__(self): return 2.5
class S(str):
    def __int__(self): return 7
    def __float__(self): return 1.25
class Plain(int): pass
class PF(float): pass
print(int(MyInt(7)), float(F(1.0)), int(S("3")), float(S("3")), int(Plain(5)), float(PF(1.5)), int(PF(2.7)))
print(MyInt(7) + 1, F(1.0) * 2)
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
t("b1", lambda: int('0', 2**100))
t("b2", lambda: int('0', -2**100))
t("b3", lambda: int(5, 10))
t("b4", lambda: int(5, 99))
t("b5", lambda: int('z', 36))
class Bad(float):
    def __float__(self): return "x"
t("bad", lambda: float(Bad(1)))
import math
print(math.floor(F(1.7)), math.sqrt(F(4.0)))
