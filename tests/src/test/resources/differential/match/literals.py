def f(v):
    match v:
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case 2j: return "complex"
        case 1 + 2j: return "sum complex"
        case "a" "b": return "concat"
        case b"x": return "bytes"
        case False: return "false"
        case None: return "none"
        case _: return "other"
for v in [-1, 1.5, 2j, 1+2j, "ab", b"x", False, 0, None, 0.0, "x"]:
    print(repr(v), f(v))
import math
class K:
    PI = 3.14
    E = 2.71
def g(v):
    match v:
        case K.PI: return "pi"
        case K.E | math.inf: return "e or inf"
        case _: return "?"
print(g(3.14), g(2.71), g(float("inf")), g(1))
