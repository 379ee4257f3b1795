class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0): return "3d origin"
        case Point3(z=z) if z > 10: return f"high {z}"
        case Point(0, 0): return "origin"
        case Point(x=0): return "on y axis"
        case Point(y=0 | 1 as y): return f"low y={y}"
        case Point(x, y): return f"at {x},{y}"
        case object(): return "something else"
for p in [Point3(0, 0, 0), Point3(1, 2, 30), Point(0, 0), Point(0, 4), Point(5, 1), Point(2, 3), 7]:
    print(where(p))
def kind(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i): return f"int {i}"
        case float(x): return f"float {x}"
        case str(s): return f"str {s}"
        case list([a, *_]): return f"list starting {a}"
        case dict({"k": k}): return f"dict k={k}"
        case tuple(t): return f"tuple {t}"
        case _: return "?"
for v in [True, 3, 2.0, "s", [9, 8], {"k": 1}, (1, 2), None]:
    print(kind(v))
class NoArgs:
    pass
for src, exc in [("NoArgs(1)", TypeError)]:
    try:
        match NoArgs():
            case NoArgs(1): pass
    except TypeError as e:
        print("TypeError", e)
class Bad:
    __match_args__ = ["x"]
    x = 1
try:
    match Bad():
        case Bad(1): pass
except TypeError as e:
    print("TypeError", e)
class Dup:
    __match_args__ = ("x",)
    x = 1
try:
    match Dup():
        case Dup(1, x=1): pass
except TypeError as e:
    print("TypeError", e)
class Missing:
    pass
match Missing():
    case Missing(attr=1): print("no")
    case Missing(): print("missing attribute means no match")
