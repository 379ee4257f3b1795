sources = [
    "match x:\n    case y: pass\n    case 1: pass",
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'k': a, **a}: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case _ | 1: pass",
    "match x:\n    case (y as z) | 2: pass",
    "match x:\n    case y if y: pass\n    case 1: pass",
    "match x:\n    case 1 | 2 | _: pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
match = [1]
case = 2
print(match, case)
match match:
    case [case_]:
        print("soft keywords", case_)
