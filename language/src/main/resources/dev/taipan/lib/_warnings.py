"""Taipan's _warnings: importlib's bootstrap requires a builtin module of this name.

The warnings machinery itself is the pure-Python one in warnings.py (it falls back to it because
this module does not provide filters/_defaultaction/_onceregistry); warn and warn_explicit are
here for importlib, which calls _warnings.warn directly, and hand over to warnings.py.
"""


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    import warnings
    warnings.warn(message, category, stacklevel + 1, source, skip_file_prefixes=skip_file_prefixes)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    import warnings
    warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
