# PEP 420 namespace packages spread over two sys.path entries, and a custom meta path finder
# (import statements must consult it), built in a temporary directory.
import os
import sys
import tempfile

root = tempfile.mkdtemp()
for part, mod, text in (("a", "one", "X = 1\n"), ("b", "two", "Y = 2\n"), ("b", "three", "from . import one\nZ = one.X + 2\n")):
    os.makedirs(os.path.join(root, part, "nsp_pkg_t"), exist_ok=True)
    with open(os.path.join(root, part, "nsp_pkg_t", mod + ".py"), "w") as f:
        f.write(text)
sys.path[:0] = [os.path.join(root, "a"), os.path.join(root, "b")]

import nsp_pkg_t
print(nsp_pkg_t.__file__, [os.path.relpath(p, root) for p in nsp_pkg_t.__path__])
from nsp_pkg_t import one, two, three
print(one.X, two.Y, three.Z, one.__name__, three.__package__)

import importlib.abc
import importlib.machinery
import importlib.util
spec = nsp_pkg_t.__spec__
print(spec.origin, spec.loader is not None, [os.path.relpath(p, root) for p in spec.submodule_search_locations])
print(importlib.util.find_spec("nsp_pkg_t.two").name)


class Virtual(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name.startswith("virtual_mod"):
            return importlib.machinery.ModuleSpec(name, self, is_package=name == "virtual_mod")
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = len(module.__name__)


finder = Virtual()
sys.meta_path.insert(0, finder)
import virtual_mod
import virtual_mod.sub
print(virtual_mod.answer, virtual_mod.sub.answer, virtual_mod.__spec__.name, "virtual_mod.sub" in sys.modules)
import colorsys
print(colorsys.__name__, "colorsys" in finder.asked)
try:
    import missing_mod_zz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.meta_path.remove(finder)
