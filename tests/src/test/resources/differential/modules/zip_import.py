# Imports from a zip archive on sys.path (zipimport through importlib's path hooks), the frozen importlib
# names, and multiprocessing importable with its start method.
import zipfile, sys, os, tempfile, importlib, importlib._bootstrap_external, _frozen_importlib_external
print(_frozen_importlib_external is importlib._bootstrap_external)
d = tempfile.mkdtemp()
zp = os.path.join(d, 'lib.zip')
with zipfile.ZipFile(zp, 'w') as z:
    z.writestr('zmod.py', 'X = 42\ndef f(): return "from zip"\n')
    z.writestr('zpkg/__init__.py', 'Y = 7\n')
sys.path.insert(0, zp)
import zmod, zpkg
print(zmod.X, zmod.f(), zpkg.Y, type(zmod.__loader__).__name__)
import zipimport
print(zipimport.zipimporter(zp).find_spec('zmod') is not None)
import multiprocessing; print(multiprocessing.cpu_count() > 0)
