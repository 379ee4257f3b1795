import sys

def caller_name(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno

class Probe:
    def __add__(self, other):
        return caller_name(2)
    def __lt__(self, other):
        return caller_name(2)
    def __bool__(self):
        print("bool from", caller_name(2)[0])
        return True
    def __iter__(self):
        print("iter from", caller_name(2)[0])
        return iter([1, 2])
    def __hash__(self):
        print("hash from", caller_name(2)[0])
        return 1
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit from", caller_name(2)[0])

def work():
    p = Probe()
    print(p + 1)
    print(p < 2)
    if p:
        pass
    a, b = p
    print(len({p}))
    with p:
        pass
    print(globals()["__name__"], sorted(locals()))

work()
