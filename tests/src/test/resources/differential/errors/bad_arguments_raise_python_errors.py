# Arguments of the wrong type, str subclasses, lost sys streams and other edge cases raise
# CPython's exceptions (never an internal error of the VM).
import itertools
import sys
import types


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class S(str):
    pass


class C:
    pass


attempt("format(1, S('d'))", lambda: format(1, S("d")))
attempt("ord(S('a'))", lambda: ord(S("a")))
attempt("type(S('T'), (), {})", lambda: type(S("T"), (), {}).__name__)
attempt("**{S('a'): 1}", lambda: (lambda **k: k)(**{S("a"): 1}))
attempt("__import__(S('os'))", lambda: __import__(S("os")).__name__)
attempt("compile mode S('eval')", lambda: eval(compile("1 + 1", "f", S("eval"))))
attempt("__slots__ of S", lambda: type("B", (), {"__slots__": (S("q"),)}).__slots__)
attempt("str(b'2', len)", lambda: str(b"2", len))
attempt("str(b'2', 'utf-8', 1)", lambda: str(b"2", "utf-8", 1))
attempt("format(object(), 4)", lambda: format(object(), 4))
attempt("format(1.5, None)", lambda: format(1.5, None))
attempt("sys.intern(S('x'))", lambda: sys.intern(S("x")))
attempt("C.__name__ = S('X')", lambda: setattr(C, "__name__", S("X")) or C.__name__)
attempt("C.__qualname__ = 3", lambda: setattr(C, "__qualname__", 3))


class A:
    __slotnames__ = [S("spam")]


a = A()
a.spam = 1
print("__reduce_ex__ state", a.__reduce_ex__(2)[2])


# exec/eval of a code object with free variables
def make():
    a = 2

    def inner():
        nonlocal a
        a += 1
        return a

    return inner


f = make()
print(exec(f.__code__, f.__globals__, closure=f.__closure__), f())
for label, call in (("no closure", lambda: exec(f.__code__, {})), ("eval", lambda: eval(f.__code__)),
                    ("closure of ints", lambda: exec(f.__code__, {}, closure=(1,))),
                    ("closure for text", lambda: exec("x = 1", {}, closure=f.__closure__)),
                    ("closure too short", lambda: exec(f.__code__, {}, closure=())),
                    ("closure for closed code", lambda: exec(compile("1", "s", "exec"), {}, closure=f.__closure__))):
    attempt(label, call)

# exec and eval see the builtins their globals name
attempt("exec with empty builtins", lambda: exec("print('hi')", {"__builtins__": {}}))
attempt("eval with own builtins", lambda: eval("superglobal + 1", {"__builtins__": {"superglobal": 41}}))
attempt("eval with builtins module", lambda: eval("len('abc')", {"__builtins__": __builtins__}))

# input() and the display hook without sys.stdout
saved = sys.stdout
del sys.stdout
results = []
for call in (lambda: input("prompt"), lambda: sys.__displayhook__(42)):
    try:
        call()
        results.append("no error")
    except RuntimeError as e:
        results.append(f"RuntimeError: {e}")
sys.stdout = saved
print(results)


# generators: names must be str; throw() of a class that does not make an exception
def gen():
    yield 1


g = gen()
attempt("gen.__name__ = 123", lambda: setattr(g, "__name__", 123))
attempt("gen.__qualname__ = None", lambda: setattr(g, "__qualname__", None))
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)


class NotAnException(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


attempt("throw(NotAnException)", lambda: gen().throw(NotAnException))


# a coroutine's __await__ is an iterator; the coroutine itself is not
async def answer():
    return 42


async def spam():
    return "spam"


awaiter = answer().__await__()
print(type(awaiter).__name__, iter(awaiter) is awaiter)
try:
    next(awaiter)
except StopIteration as e:
    print("StopIteration", e.value)
coro = answer()
attempt("iter(coroutine)", lambda: iter(coro))
coro.close()


@types.coroutine
def awaitable_generator():
    return (yield from spam().__await__())


try:
    awaitable_generator().send(None)
except StopIteration as e:
    print("StopIteration", e.value)


class ReturnsCoroutine:
    def __await__(self):
        return answer()


async def await_it():
    return await ReturnsCoroutine()


attempt("__await__ returning a coroutine", lambda: await_it().send(None))

# repeating a sequence beyond what memory can hold
for label, call in (("list", lambda: [4, 5, 6, 7] * ((sys.maxsize * 2 + 2) // 4)), ("str", lambda: "ab" * (2**62)),
                    ("bytes", lambda: b"ab" * (2**62)), ("bytearray", lambda: bytearray(b"ab") * (2**62)), ("tuple", lambda: (1, 2) * (2**62))):
    try:
        call()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)


# a pairwise whose input re-enters it
class Reentrant:
    n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= 1:
            raise StopIteration
        self.n += 1
        return next(pairs, None)


pairs = itertools.pairwise(Reentrant())
print(list(pairs))
