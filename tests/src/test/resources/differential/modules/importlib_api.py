# importlib's API over Taipan's native import: import_module, find_spec, specs and loaders, reload, resources.
import importlib, importlib.util, sys, json
m = importlib.import_module("colorsys")
print(m.__name__, m.__spec__.name, type(m.__loader__).__name__, m.rgb_to_hsv(1, 0, 0))
print(json.__spec__.name, json.__spec__.submodule_search_locations is not None, type(json.__loader__).__name__)
try:
    importlib.import_module("no_such_module_abc")
except ModuleNotFoundError as e:
    print("MNF", e, e.name)
r = importlib.reload(m)
print(r is m)
import importlib.resources
print(sorted(p.name for p in importlib.resources.files("json").iterdir() if p.name.endswith(".py"))[:3])
import importlib.machinery
spec = importlib.util.spec_from_file_location("textwrap_copy", importlib.util.find_spec("textwrap").origin)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.dedent("  a\n  b"), mod is not sys.modules["textwrap"] if "textwrap" in sys.modules else True)
print(importlib.util.resolve_name(".parser", "email"), isinstance(json.__loader__, importlib.machinery.SourceFileLoader))
