"""Builtins Taipan creates on first use rather than at start-up (see runtime/LazyBuiltins).

aiter, anext and breakpoint are written here in Python; exit, quit, help, copyright, credits and
license are the objects site.py would install, made from _sitebuiltins as site does (Taipan does
not import site at start-up: it costs more than the whole start-up of a small script).
"""

import sys

_MISSING = object()


def aiter(async_iterable, /):
    """Return an AsyncIterator for an AsyncIterable object."""
    tp = type(async_iterable)
    try:
        method = tp.__aiter__
    except AttributeError:
        raise TypeError(f"'{tp.__name__}' object is not an async iterable") from None
    it = method(async_iterable)
    if not hasattr(type(it), "__anext__"):
        raise TypeError(f"aiter() returned not an async iterator of type '{type(it).__name__}'")
    return it


async def _anext_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def anext(aiterator, default=_MISSING, /):
    """Return the next item from the async iterator; default when it is exhausted, if given."""
    tp = type(aiterator)
    try:
        method = tp.__anext__
    except AttributeError:
        raise TypeError(f"'{tp.__name__}' object is not an async iterator") from None
    awaitable = method(aiterator)
    if default is _MISSING:
        return awaitable
    return _anext_or_default(awaitable, default)


def breakpoint(*args, **kws):
    """Call sys.breakpointhook(*args, **kws) (pdb.set_trace unless PYTHONBREAKPOINT says otherwise)."""
    try:
        hook = sys.breakpointhook
    except AttributeError:
        raise RuntimeError("lost sys.breakpointhook") from None
    return hook(*args, **kws)


def _breakpointhook(*args, **kws):
    """sys.breakpointhook's default: PYTHONBREAKPOINT names the callable, "0" disables it."""
    import os
    hookname = os.environ.get("PYTHONBREAKPOINT")
    if hookname is None or len(hookname) == 0:
        hookname = "pdb.set_trace"
    elif hookname == "0":
        return None
    modname, dot, funcname = hookname.rpartition(".")
    if dot == "":
        modname = "builtins"
    try:
        import importlib
        module = importlib.import_module(modname)
        hook = getattr(module, funcname)
    except Exception:
        import warnings
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"', RuntimeWarning)
        return None
    # (only pdb's own set_trace: a replacement, such as a test's mock, is called as it is)
    if (hookname == "pdb.set_trace" and not args and set(kws) <= {"header"} and
            type(hook).__name__ == "function" and hook.__module__ == "pdb" and hook.__name__ == "set_trace"):
        # pdb.set_trace() stops in its caller's frame; in CPython breakpoint() and this hook are C
        # functions, so that frame is the program's: do what set_trace does, from there
        frame = sys._getframe(1)
        while frame is not None and frame.f_code is breakpoint.__code__:
            frame = frame.f_back
        debugger = module.Pdb()
        if kws.get("header") is not None:
            debugger.message(kws["header"])
        return debugger.set_trace(frame)
    return hook(*args, **kws)


def _stdlib_module_names():
    """sys.stdlib_module_names: the builtin modules and the top-level modules of the standard library."""
    import os
    names = set(sys.builtin_module_names)
    home = os.path.dirname(os.__file__)
    for entry in os.listdir(home):
        if entry.endswith(".py"):
            entry = entry[:-3]
        elif not os.path.isfile(os.path.join(home, entry, "__init__.py")):
            continue
        if entry.isidentifier() and entry not in ("test", "idlelib", "lib2to3", "site-packages", "__phello__"):
            names.add(entry)
    return frozenset(names)


if "stdlib_module_names" not in sys.__dict__:
    sys.stdlib_module_names = _stdlib_module_names()

# (not hasattr: a missing sys.breakpointhook is looked up by importing this module)
if "breakpointhook" not in sys.__dict__:
    sys.breakpointhook = sys.__breakpointhook__ = _breakpointhook


_site = None


def _site_objects():
    """The objects site.py would put in builtins, made once."""
    global _site
    if _site is None:
        import _sitebuiltins
        eof = "Ctrl-D (i.e. EOF)"
        _site = {
            "exit": _sitebuiltins.Quitter("exit", eof),
            "quit": _sitebuiltins.Quitter("quit", eof),
            "help": _sitebuiltins._Helper(),
            "copyright": _sitebuiltins._Printer("copyright", sys.copyright),
            "credits": _sitebuiltins._Printer("credits", "Thanks to the CPython and GraalVM communities."),
            "license": _sitebuiltins._Printer("license", "See https://www.python.org/psf/license/"),
        }
    return _site


def resolve(name):
    """The builtin called name, or None when it is not one of the lazy ones."""
    if name in ("aiter", "anext", "breakpoint"):
        return globals()[name]
    return _site_objects().get(name)
