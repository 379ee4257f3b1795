# traceback/logging/warnings/inspect formatting of live exceptions and stacks (PEP 657 carets included)
import traceback, sys, logging, io, warnings, inspect

def clean(text):
    return text.replace(__file__, "FILE")

def inner(d):
    return d["missing"] + 1
def middle(d):
    return inner(d)
def outer():
    return middle({"present": 1})

try:
    outer()
except KeyError:
    print(clean(traceback.format_exc()))
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev), [f.name for f in traceback.extract_tb(tb)], [f.lineno for f in traceback.extract_tb(tb)])
    print([clean(line) for line in traceback.format_tb(tb, limit=1)])
    summary = traceback.extract_tb(tb)[-1]
    print(summary.name, summary.line, summary.lineno, clean(summary.filename))

def divide(a, b):
    return (a * 2) / (b - b)
try:
    divide(1, 2)
except ZeroDivisionError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(clean(out.getvalue()))

items = [1, 2, 3]
try:
    value = items[1] + items[10]
except IndexError as e:
    print(clean("".join(traceback.format_exception(e))))

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(clean("".join(traceback.format_exception(e, chain=False))))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, list(te.format_exception_only()))

try:
    try:
        None.attribute
    except AttributeError:
        {}.pop("k")
except KeyError as e:
    print(clean("".join(traceback.format_exception(e))))

def where():
    return [(f.function, f.lineno) for f in inspect.stack()[:2]], inspect.currentframe().f_lineno
print(where())
print([(f.name, f.line) for f in traceback.extract_stack()][-1:])
print(clean("".join(traceback.format_stack(limit=1))))

buf = io.StringIO()
logger = logging.getLogger("corpus")
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(funcName)s: %(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.debug("debug %d", 1)
try:
    outer()
except KeyError:
    logger.exception("failed with %s", "context")
logger.error("plain error", exc_info=False)
print(clean(buf.getvalue()))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", DeprecationWarning, stacklevel=1)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
print(clean(warnings.formatwarning("msg", UserWarning, __file__, 12, "line text")))
