def f(v):
    match v:
        case {}: pass
    match v:
        case {"a": 1, "b": [x, y]}: return f"ab {x} {y}"
        case {"a": int(n), **rest} if rest: return f"a={n} rest={rest}"
        case {"a": _}: return "has a"
        case {1: one, None: n}: return f"keys {one} {n}"
        case {}: return "any mapping"
    return "not a mapping"
for v in [{"a": 1, "b": [2, 3]}, {"a": 5, "z": 0}, {"a": "s"}, {1: "x", None: "y"}, {"q": 1}, [("a", 1)], "a"]:
    print(repr(v), f(v))
import collections
od = collections.OrderedDict(a=2, c=3)
print(f(od))
dd = collections.defaultdict(int, a=7)
match dd:
    case {"missing": _}: print("found missing?")
    case {"a": v}: print("a is", v, "missing not added:", "missing" in dd)
try:
    match {"k": 1}:
        case {"k": 1, "k": 2}: pass
except ValueError as e:
    print("ValueError", e)
