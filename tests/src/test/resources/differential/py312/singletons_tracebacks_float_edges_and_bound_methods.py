import sys, math, pickle, copy, types, itertools
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
l = []
t("bound eq:", lambda: (l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append), (1).__add__ == (1).__add__))
t("islice:", lambda: len(list(itertools.islice(itertools.count(), 1, 10, sys.maxsize))))
t("islice2:", lambda: list(itertools.islice(range(100), 5, 50, 2**62)))
t("pow inf:", lambda: ((-1.0) ** float('-inf'), pow(-1.0, float('inf')), (-1.0) ** float('inf')))
t("hash big float:", lambda: (hash(2.0**1023) == hash(2**1023), 2.0**1023 in {2**1023}, hash(sys.float_info.max), hash(-sys.float_info.max)))
n = float('nan')
t("int div:", lambda: 2**1024 / 1)
t("int div2:", lambda: (2**1100) / (2**100), )
t("int div3:", lambda: 1 / 2**1100)
t("int div4:", lambda: (10**400) / (10**399))
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)]); eg.__notes__ = 42
t("notes:", lambda: hasattr(eg.split(ValueError)[0], '__notes__'))
eg2 = ExceptionGroup("eg", [ValueError(1), TypeError(2)]); eg2.__notes__ = ['a']
t("notes2:", lambda: eg2.split(ValueError)[0].__notes__)
t("singletons:", lambda: (type(None)(), type(NotImplemented)(), type(...)()))
t("singleton args:", lambda: type(None)(1))
t("pickle:", lambda: (pickle.loads(pickle.dumps(...)), pickle.loads(pickle.dumps(NotImplemented)), copy.deepcopy(...), pickle.loads(pickle.dumps(type(...)))))
t("reduce:", lambda: (Ellipsis.__reduce__(), NotImplemented.__reduce__()))
def tbc():
    tb = types.TracebackType(None, sys._getframe(), 0, 1)
    return (tb.tb_lineno, tb.tb_lasti, tb.tb_next, tb.tb_frame is sys._getframe() or 'frame')
t("tb ctor:", tbc)
t("tb ctor bad:", lambda: types.TracebackType(1, sys._getframe(), 0, 1))
async def ag(): yield 1
t("ag_suspended:", lambda: ag().ag_suspended)
def each(lst, a=None):
    for v in lst: yield v
t("gen locals:", lambda: each([1, 2, 3]).gi_frame.f_locals)
class I(int):
    def __pow__(self, other, mod=None): return ('I.__pow__', mod)
    def __rpow__(self, other, mod=None): return ('I.__rpow__', mod)
t("pow3:", lambda: pow(I(2), I(3), I(5)))
t("pow3r:", lambda: pow(2, I(3), 5))
t("pow2r:", lambda: 2 ** I(3))
t("nan sign:", lambda: (math.copysign(1.0, float('-nan')), math.copysign(1.0, -float('nan'))))
t("int div exact:", lambda: [(10**k + 1) / 3 for k in (20, 40, 300)])
t("int div small:", lambda: (1 / 2**1074, 3 / 2**1075, 2**2000 // 3 / 2**1000))
t("float repr:", lambda: (3 / 2**1075, 2 * 5e-324, 9.9e-324, 1e23, 9.5e22, 2e-323))
