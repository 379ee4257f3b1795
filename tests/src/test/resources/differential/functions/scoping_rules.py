# scoping: LEGB lookup, nonlocal/global, class scope, comprehension scope, UnboundLocalError
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())

def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow()

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())

def set_global():
    global gv
    gv = "set"
set_global()
print(gv)

class K:
    y = 10
    vals = [y * i for i in range(3)] if False else None
    def method(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(K().method())

class K2:
    a = 5
    b = [a for _ in range(2)] if False else a + 1
    c = (lambda: "lambda sees global x: " + x)()
print(K2.b, K2.c)

def closures_in_loop():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures_in_loop())

def late_binding():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(late_binding())

def deleted():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(deleted())

def free_deleted():
    w = 1
    def get():
        return w
    del w
    try:
        get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(free_deleted())

try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)

def comp_scope():
    items = [1, 2]
    res = [items for items in range(2)]
    return items, res
print(comp_scope())
print([j for j in range(3)], "j" in globals())

def nested_nonlocal():
    a = []
    def level1():
        def level2():
            nonlocal a
            a = a + ["l2"]
        level2()
        a.append("l1")
    level1()
    return a
print(nested_nonlocal())
def uses_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), len("abc"))
print(outer.__code__.co_cellvars, counter.__code__.co_cellvars, c.__code__.co_freevars)
print(c.__closure__[0].cell_contents)
