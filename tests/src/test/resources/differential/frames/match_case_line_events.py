import sys
def f(command):
    match command.split():
        case [x] if x == "a":
            return "one"
        case [*_]:
            return "go"
def g(v):
    match v:
        case 1: return "one"
        case _: return "other"
lines = []
def trace(frame, event, arg):
    if event == "line" and frame.f_code.co_name in ("f", "g"):
        lines.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return trace
sys.settrace(trace); f("go n"); f("a"); g(1); g(2); sys.settrace(None)
print(lines)
