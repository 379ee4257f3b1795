"""Taipan's _warnings: importlib's bootstrap requires a builtin module of this name.

The warnings machinery itself is the pure-Python one in warnings.py (it falls back to it because
this module does not provide filters/warn/warn_explicit).
"""
