# importlib.import_module and importlib.util.find_spec for modules not imported yet
import importlib
import importlib.util
import sys

print("colorsys" in sys.modules)
spec = importlib.util.find_spec("colorsys")
print(spec.name, spec.parent, spec.has_location, spec.submodule_search_locations, spec.origin.endswith("colorsys.py"))
print("colorsys" in sys.modules)
cs = importlib.import_module("colorsys")
print(cs.__name__, "colorsys" in sys.modules, sys.modules["colorsys"] is cs, cs.rgb_to_hsv(1.0, 0.0, 0.0))
print(cs.__spec__.name, cs.__spec__ is importlib.util.find_spec("colorsys"), importlib.import_module("colorsys") is cs)

pkg = importlib.util.find_spec("email")
print(pkg.name, pkg.parent, len(pkg.submodule_search_locations), pkg.origin.endswith("__init__.py"))
sub = importlib.import_module("email.charset")
print(sub.__name__, sub.__package__, "email" in sys.modules, hasattr(sys.modules["email"], "charset"))
rel = importlib.import_module(".header", "email")
print(rel.__name__, importlib.import_module("..decoder", "json.sub").__name__)

graph = importlib.import_module("graphlib")
ts = graph.TopologicalSorter({"b": {"a"}, "c": {"b"}})
print(list(ts.static_order()))

print(importlib.util.find_spec("no_such_module_here"), importlib.util.find_spec("email.no_such_sub"))
for name, package in [("no_such_module_here", None), ("email.no_such_sub", None), ("colorsys.sub", None), (".x", None), ("..x", "email")]:
    try:
        importlib.import_module(name, package)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))
try:
    importlib.util.find_spec(".rel")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.util.resolve_name(".x", "pkg.sub"), importlib.util.resolve_name("..x", "pkg.sub"), importlib.util.resolve_name("abs", None))
m = importlib.import_module("json")
print(m is sys.modules["json"], importlib.import_module("os.path") is sys.modules["os"].path)
