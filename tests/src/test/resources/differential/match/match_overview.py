class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if first == "cmd":
            return f"cmd {rest}"
        case (a, b, *mid, c):
            return f"seq {a} {b} {mid} {c}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case Point():
            return "point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"
for v in [0, 1, None, True, "hello", [1, 2], ["cmd", 1, 2], (1, 2, 3, 4, 5), {"type": "circle", "r": 3},
          {"type": "sq", "side": 2, "c": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 42, 2.5, "s", b"b", {}, [], (1,)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match (1, 2):
    case (1, x):
        print("bound", x)
x = "before"
match [1, 2, 3]:
    case [1, x, 5]:
        print("no")
    case _:
        print("x still", x)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest", rest)
class C:
    __match_args__ = ("a",)
    a = 1
try:
    match C():
        case C(1, 2): pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(e)
for src in ["match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass",
            "match x:\n case [a, a]: pass", "match x:\n case [a] | [b]: pass", "match x:\n case [*a, *b]: pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
match = 3; case = 4; print(match + case)
