import sys
def h():
    try: yield
    except Exception:
        yield
        print("after yield, sys.exception():", repr(sys.exception()))
        yield
m = h(); next(m)
try: raise ValueError()
except Exception as exc: m.throw(exc)
next(m)
def outer(): yield from inner()
def inner(): yield 1
o = outer(); print("before:", o.gi_yieldfrom); next(o); print("gi_yieldfrom:", o.gi_yieldfrom.__name__)
try: next(o)
except StopIteration: print("done", o.gi_yieldfrom)
def g():
    try: raise ValueError
    except ValueError: yield 1
    print(repr(sys.exception())); yield 2
gen = g()
try: raise IndexError
except IndexError: next(gen)
next(gen)
# generator outside handler sees caller's exception
def seer():
    while True:
        print("seer sees", repr(sys.exception()))
        yield
s = seer(); next(s)
try: raise KeyError('k')
except KeyError: next(s)
next(s)
# nested generators
def inner2():
    print("inner2", repr(sys.exception())); yield
    try: raise TypeError('t')
    except TypeError:
        yield
        print("inner2 handler", repr(sys.exception()))
    print("inner2 after", repr(sys.exception())); yield
def outer2():
    try: raise OSError('o')
    except OSError:
        yield from inner2()
    print("outer2 after", repr(sys.exception()))
    yield
x = outer2()
for _ in range(4):
    try: raise NameError('n')
    except NameError: next(x)
# implicit context chaining inside a generator
def ctx():
    yield
    try: raise ValueError('inner')
    except ValueError as e: print("context", repr(e.__context__))
    yield
c = ctx(); next(c)
try: raise KeyError('outer')
except KeyError: next(c)
try: h().throw(ValueError, "foo", 23)
except TypeError as e: print(e)
async def co(): pass
import types
@types.coroutine
def yielder(): yield 'x'
async def aw(): await yielder()
cc = aw(); print(cc.cr_await); cc.send(None); print(cc.cr_await.__name__); cc.close(); print(cc.cr_await)
