def f(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", direction]:
            return f"cannot go {direction}"
        case ["take", *items] if len(items) > 1:
            return f"taking several: {items}"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit" as word]:
            return f"bye ({word})"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go west", "take a b", "take lamp", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", f(c))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
for v in [1, 2]:
    match v:
        case n if guard(n):
            print("guarded", n)
        case n:
            print("fallthrough", n)
print(calls)
match 5:
    case x:
        pass
print("x after irrefutable capture:", x)
y = "unchanged"
match (1, 2):
    case (3, y):
        pass
    case _:
        pass
print("y:", y)
def loop():
    out = []
    for v in range(6):
        match v % 3:
            case 0:
                continue
            case 1:
                out.append("one")
            case _:
                if v > 4:
                    break
                out.append("two")
    return out
print(loop())
def ret(v):
    match v:
        case [x, *_]:
            return x
    return "fell through"
print(ret([7]), ret(3))
