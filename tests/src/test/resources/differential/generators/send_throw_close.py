# generator protocol: send, throw, close, return values, yield from delegation
def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return "done:%d" % total

g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(c.gi_frame is None)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
c.close()
print("closed twice ok")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    return x + y
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield "o"
o = outer()
print(next(o), o.send(3), o.send(4))

def inner2():
    try:
        yield 1
    except IndexError:
        yield "inner handled"
def outer2():
    yield from inner2()
o2 = outer2()
next(o2)
print(o2.throw(IndexError))

def gen_ret():
    yield 1
    return 7
print(list(gen_ret()))
def wrapper():
    v = yield from gen_ret()
    yield v
print(list(wrapper()))

def bad():
    raise StopIteration("x")
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
g = (i for i in range(3))
print(g.send(None), list(g))
try:
    g.throw(TypeError, "legacy")
except TypeError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def fresh():
    yield 1
f = fresh()
f.close()
print(next(f, "after close"), f.gi_running)
