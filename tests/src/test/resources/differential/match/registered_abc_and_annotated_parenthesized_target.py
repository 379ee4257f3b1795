import sys, collections.abc
def f2bad():
    (no_such_global): int
    print(no_such_global)
try: f2bad()
except NameError as e: print("NameError", e)
def f3():
    (x): int = 5
    return x
print(f3())
class P: pass
collections.abc.Mapping.register(P)
match P():
    case []: print("seq")
    case {}: print("map")
def f(command):
    match command.split():
        case [*_]:
            return "go"
print(f("go n"))
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, len({l.append, l.append}), len.__call__ == len.__call__ if False else '')
