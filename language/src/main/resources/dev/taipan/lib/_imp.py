"""Taipan's _imp: what importlib's bootstrap asks of the interpreter's own importer.

Taipan imports builtin modules and .py files in Java (runtime/imports/Importer); this module
lets importlib describe them (specs, BuiltinImporter) and create builtin modules through it.
There are no frozen modules and no extension modules.
"""

import sys

check_hash_based_pycs = "default"


def is_builtin(name, /):
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec, /):
    name = spec.name
    if name in sys.modules:
        return sys.modules[name]
    if name not in sys.builtin_module_names:
        raise ImportError(f"no built-in module named {name}", name=name)
    return __import__(name)


def exec_builtin(module, /):
    return 0


def is_frozen(name, /):
    return False


def is_frozen_package(name, /):
    return False


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError(f"No such frozen object named {name!r}", name=name)


def init_frozen(name, /):
    return None


def _frozen_module_names():
    return ()


def extension_suffixes():
    return []


def create_dynamic(spec, file=None, /):
    raise ImportError("Taipan cannot load extension modules", name=spec.name)


def exec_dynamic(module, /):
    return 0


def acquire_lock():
    pass


def release_lock():
    pass


def lock_held():
    return False


def _fix_co_filename(code, path, /):
    pass


def source_hash(key, source, /):
    import _sha2
    digest = _sha2.sha256(key.to_bytes(8, "little") + bytes(source)).digest()
    return digest[:8]


def _override_frozen_modules_for_tests(override, /):
    return None


def _override_multi_interp_extensions_check(override, /):
    return -1


def get_magic():
    """CPython 3.12's .pyc magic number (importlib checks it; Taipan reads no .pyc files)."""
    return b"\xcb\r\r\n"
