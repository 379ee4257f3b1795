"""Connects importlib to Taipan's native import.

Taipan's import statement finds and runs modules in Java (runtime/imports/Importer), without
consulting sys.meta_path. Programs that use importlib's own API (import_module, find_spec,
reload, resources) need its finders on sys.meta_path and a __spec__/__loader__ on every
module; both are put in place when importlib itself is first imported, so programs that never
touch importlib pay nothing for it.
"""

import sys
from importlib import _bootstrap, _bootstrap_external


# The finders Taipan's native import stands in for; any other finder on sys.meta_path makes
# the native import hand over to importlib (see Importer.hasForeignFinders).
BUILTIN_FINDER = _bootstrap.BuiltinImporter
PATH_FINDER = _bootstrap_external.PathFinder


def describe(module):
    """Gives a natively imported module the __spec__ and __loader__ importlib would have."""
    if getattr(module, "__spec__", None) is not None:
        return
    name = module.__name__
    file = getattr(module, "__file__", None)
    path = getattr(module, "__path__", None)
    if file is None and path is not None:
        spec = _bootstrap.ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = _bootstrap_external._NamespacePath(name, list(path), PATH_FINDER._get_spec)
        module.__spec__ = spec
        module.__loader__ = _bootstrap_external.NamespaceLoader(name, spec.submodule_search_locations, PATH_FINDER._get_spec)
        spec.loader = module.__loader__
        return
    if file is None:
        if name not in sys.builtin_module_names:
            return
        spec = _bootstrap.ModuleSpec(name, _bootstrap.BuiltinImporter, origin="built-in")
    else:
        path = getattr(module, "__path__", None)
        spec = _bootstrap_external.spec_from_file_location(
            name, file, loader=_bootstrap_external.SourceFileLoader(name, file),
            submodule_search_locations=list(path) if path is not None else None)
    module.__spec__ = spec
    module.__loader__ = spec.loader


def _zip_path_hook(path):
    """CPython's first path hook, zipimport.zipimporter, imported only for a sys.path file entry."""
    # no "import os": this hook runs inside an import, and os may be the module being imported
    if not _bootstrap_external._path_isfile(path):
        raise ImportError("not a zip file", path=path)
    import zipimport
    return zipimport.zipimporter(path)


def _install():
    if _zip_path_hook not in sys.path_hooks:
        sys.path_hooks.insert(0, _zip_path_hook)
    if _bootstrap.BuiltinImporter not in sys.meta_path:
        sys.meta_path.append(_bootstrap.BuiltinImporter)
    if _bootstrap_external.PathFinder not in sys.meta_path:
        loaders = _bootstrap_external._get_supported_file_loaders()
        sys.path_hooks.append(_bootstrap_external.FileFinder.path_hook(*loaders))
        sys.meta_path.append(_bootstrap_external.PathFinder)
    for name, module in list(sys.modules.items()):
        if name != "__main__" and module is not None:
            describe(module)


_install()
