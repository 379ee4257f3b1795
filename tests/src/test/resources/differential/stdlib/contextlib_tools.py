# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import contextlib, io

log = []

@contextlib.contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)

with tag("a") as t:
    log.append("body " + t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    log.append("outer " + str(e))
print(log)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print(type(e).__name__, e)

log.clear()
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(log.append, "callback")
print(log)

log.clear()
with contextlib.ExitStack() as stack:
    stack.enter_context(tag("p"))
    moved = stack.pop_all()
log.append("after with")
moved.close()
print(log)

class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.nullcontext(42) as v:
    print(v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self
    def __exit__(self, *exc):
        print("deco exit", exc[0])
        return False
@Deco()
def decorated(x):
    print("inside", x)
    return x * 2
print(decorated(4))

@tag("fn")
def wrapped():
    return "ret"
log.clear()
print(wrapped(), log)
try:
    with contextlib.ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print(type(e).__name__, e)
