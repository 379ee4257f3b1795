"""Imported by the bundled stdlib's datetime.py (the Lib comes from GraalPy's python-resources,
whose datetime registers GraalPy's interop behaviour here). Taipan's interop does not need a
registration for datetime objects, so importing it has nothing to do."""
