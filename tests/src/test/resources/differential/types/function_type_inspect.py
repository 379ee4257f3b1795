# types.FunctionType/MethodType construction, type.__flags__ bits, inspect helpers on Python objects
import abc, types, inspect

def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def make_adder(n):
    def add(x, y=10):
        "adds"
        return x + n + y
    return add
add5 = make_adder(5)
code = add5.__code__
g = {"__builtins__": __builtins__, "__name__": "fake_module"}
attempt("rebuild", lambda: types.FunctionType(code, g, "renamed", (1,), add5.__closure__)(2))
attempt("rebuild attrs", lambda: (lambda f: (f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__))(types.FunctionType(code, g, "renamed", (1,), add5.__closure__)))
attempt("new cell", lambda: types.FunctionType(code, g, None, None, (types.CellType(100),))(1))
attempt("no closure", lambda: types.FunctionType(code, g))
attempt("short closure", lambda: types.FunctionType(code, g, None, None, ()))
attempt("bad cell", lambda: types.FunctionType(code, g, None, None, (5,)))
attempt("bad code", lambda: types.FunctionType(5, g))
attempt("bad globals", lambda: types.FunctionType((lambda: 0).__code__, []))
attempt("bad name", lambda: types.FunctionType((lambda: 0).__code__, g, 5))
attempt("bad defaults", lambda: types.FunctionType((lambda: 0).__code__, g, None, [1]))
attempt("closure on plain", lambda: types.FunctionType((lambda: 0).__code__, g, None, None, 5))
attempt("globals used", lambda: types.FunctionType((lambda: undefined_thing).__code__, {"undefined_thing": 42})())
attempt("builtins default", lambda: types.FunctionType((lambda: len("abc")).__code__, {})())
attempt("methodtype", lambda: (types.MethodType(lambda self, k: (self, k), "obj")(1), types.MethodType(len, [1, 2])()))

class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
class B(A):
    def m(self):
        return 1
attempt("isabstract", lambda: (inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(int), inspect.isabstract(abc.ABC)))
attempt("heap flag", lambda: (bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(bool.__flags__ & (1 << 10))))
attempt("subclass flags", lambda: [bool(t.__flags__ & (1 << 24)) for t in (int, bool, float, type("I", (int,), {}))])
attempt("list dict flags", lambda: (bool(list.__flags__ & (1 << 25)), bool(dict.__flags__ & (1 << 29)), bool(KeyError.__flags__ & (1 << 30)), bool(abc.ABCMeta.__flags__ & (1 << 31))))
attempt("simplens", lambda: (types.SimpleNamespace(a=1, b=2), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)))
attempt("mappingproxy", lambda: (lambda mp: (mp["a"], len(mp), type(mp).__name__, list(mp)))(types.MappingProxyType({"a": 1})))
attempt("mappingproxy assign", lambda: types.MappingProxyType({}).__setitem__("x", 1))
attempt("new_class", lambda: types.new_class("N", (object,), {}, lambda ns: ns.update(x=5)).x)
attempt("isgen", lambda: (inspect.isgeneratorfunction(lambda: (yield)), inspect.isclass(int), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(B().m)))
attempt("getmembers", lambda: [n for n, v in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not n.startswith("_")])
attempt("signature", lambda: str(inspect.signature(lambda a, b=2, *c, d, **e: 0)))
attempt("sig params", lambda: list(inspect.signature(attempt).parameters))
attempt("bind", lambda: inspect.signature(lambda a, b=1: 0).bind(5).arguments)
attempt("bind err", lambda: inspect.signature(lambda a: 0).bind())
attempt("getdoc", lambda: (inspect.getdoc(add5), inspect.cleandoc("  a\n    b\n  c")))
attempt("getattr_static", lambda: inspect.getattr_static(B, "m").__name__)
attempt("register", lambda: (A.register(str), issubclass(str, A), isinstance("s", A), inspect.isabstract(A)))
attempt("currentframe", lambda: inspect.currentframe().f_back.f_code.co_name)
attempt("closurevars", lambda: inspect.getclosurevars(add5).nonlocals)
attempt("cell empty", lambda: types.CellType().cell_contents)
attempt("cell args", lambda: types.CellType(1, 2))
attempt("cell kw", lambda: types.CellType(contents=1))
