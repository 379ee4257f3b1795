"""CPython's frozen importlib._bootstrap_external under its frozen name (zipimport imports it so).

Taipan has no frozen importlib: while importlib itself is starting up this import fails, so
that importlib sets up its source modules, as CPython's does when nothing is frozen.
"""

import sys

_importlib = sys.modules.get('importlib')
if _importlib is None or not hasattr(_importlib, '_pack_uint32'):
    raise ImportError('importlib is not initialised yet', name=__name__)
sys.modules[__name__] = _importlib._bootstrap_external
