# global and nonlocal declarations across nested scopes
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def outer():
    x = "outer"
    def mid():
        nonlocal x
        x = "mid"
        def inner():
            nonlocal x
            x += "+inner"
            return x
        return inner()
    r = mid()
    return r, x
print(outer())
def make():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return step, peek
s, p = make()
s(); s(); s()
print(p())
def g():
    global newglobal
    newglobal = "made"
g()
print(newglobal)
def shadow():
    counter = 100
    def inner():
        global counter
        return counter
    return inner()
print(shadow())
class K:
    v = 1
    def m(self):
        return v
v = "module v"
print(K().m())
def local_err():
    print(counter)
    counter = 5
try:
    local_err()
except UnboundLocalError as e:
    print(e)
# a global statement in a nested function makes the module's own code use the global too,
# which shows when the module code runs with a separate locals dict
g_ns, l_ns = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    r9, r2 = g(), h()
""", g_ns, l_ns)
print(sorted(k for k in g_ns if k != "__builtins__"), sorted(l_ns), l_ns["r9"], l_ns["r2"])
