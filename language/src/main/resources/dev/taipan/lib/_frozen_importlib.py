"""CPython's frozen importlib._bootstrap under its frozen name (see _frozen_importlib_external)."""

import sys

_importlib = sys.modules.get('importlib')
if _importlib is None or not hasattr(_importlib, '_pack_uint32'):
    raise ImportError('importlib is not initialised yet', name=__name__)
sys.modules[__name__] = _importlib._bootstrap
