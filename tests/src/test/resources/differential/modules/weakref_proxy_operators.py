def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
import weakref
class O:
    def __init__(s, v): s.v = v
    def __add__(s, o): return s.v + o
    def __radd__(s, o): return o + s.v
    def __iadd__(s, o): s.v += o; return s
    def __neg__(s): return -s.v
    def __lt__(s, o): return s.v < (o.v if isinstance(o, O) else o)
    def __index__(s): return s.v
    def __int__(s): return s.v
    def __float__(s): return float(s.v)
    def __iter__(s): return s
    def __next__(s): return 7
    def __reversed__(s): return iter([3, 2, 1])
    def __bytes__(s): return b'obj'
o = O(3); p = weakref.proxy(o)
t("p + 1:", lambda: p + 1)
t("1 + p:", lambda: 1 + p)
t("-p:", lambda: -p)
t("list[p]:", lambda: [0, 1, 2, 3, 4][p])
t("next(p):", lambda: next(p))
t("reversed:", lambda: list(reversed(p)))
t("bytes:", lambda: bytes(p))
t("int/float:", lambda: (int(p), float(p)))
t("p < 5:", lambda: p < 5)
t("hex:", lambda: hex(p))
def iadd():
    global p
    p += 2
    return o.v
t("p += 2:", iadd)
t("ref(WeakMethod):", lambda: weakref.ref(weakref.WeakMethod(o.__add__)) is not None)
class Q: pass
q = Q(); pq = weakref.proxy(q)
t("q + 1:", lambda: pq + 1)
t("next(pq):", lambda: next(pq))
del q
import gc; gc.collect()
t("dead:", lambda: pq + 1)
