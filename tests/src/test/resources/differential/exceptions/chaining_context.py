# exception chaining: __context__, __cause__, __suppress_context__, raise from None, notes
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    show(e)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    show(e)

try:
    raise IndexError("direct") from OSError("os")
except IndexError as e:
    show(e)

try:
    raise KeyError("a") from 5
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
e2 = ValueError()
e2.__suppress_context__ = True
print(e2.__suppress_context__, e2.__context__)

# context is set even when re-raised object differs, and self-loops are avoided
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise first
        except ValueError as again:
            print(again is first, again.__context__)
except Exception:
    pass

def nested():
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
try:
    nested()
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError:
            raise OSError("o")
except OSError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)

err = ValueError("with notes")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(ValueError("a", 1)), str(ValueError("a", 1)), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(BaseException("x").args, OSError(2, "No such file").errno, str(OSError(2, "nf", "path")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(StopIteration(3).value), SystemExit(4).code, KeyboardInterrupt.__mro__[1].__name__)
ex = Exception("tb")
print(ex.with_traceback(None) is ex, ex.__traceback__)
