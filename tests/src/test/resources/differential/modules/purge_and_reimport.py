# Dropping every module an import brought in (as test runners and reloaders do) and importing
# again gives fresh, working modules, also when importlib itself was among those dropped.
import sys

base = set(sys.modules)
import dataclasses
import json
import importlib

first_json = json
new = [name for name in sys.modules if name not in base]
for name in new:
    del sys.modules[name]
del dataclasses, json, importlib

import dataclasses
import json
import importlib


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


print(Point(1), json.dumps({"a": [1, 2]}), json is not first_json)
print(importlib.import_module("json.decoder").JSONDecodeError.__name__)
import textwrap
print(textwrap.shorten("purged modules load again", 20))

# twice more, with importlib's own modules dropped first
for round_ in range(2):
    for name in [n for n in sys.modules if n.startswith("importlib") or n in ("json", "dataclasses")]:
        del sys.modules[name]
    import importlib
    m = importlib.import_module("dataclasses")
    print(round_, m.dataclass.__name__, m.is_dataclass(Point))
