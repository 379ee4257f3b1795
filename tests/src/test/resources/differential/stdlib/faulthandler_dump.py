# faulthandler on Taipan: enable/disable state, dump_traceback in both formats, a file without fileno.
import faulthandler, sys, io, os, tempfile
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
def f():
    with tempfile.TemporaryFile('w+') as t:
        faulthandler.dump_traceback(t, all_threads=False)
        t.seek(0)
        print(t.read().replace(__file__, 'FILE'))
        t.seek(0); t.truncate()
        faulthandler.dump_traceback(t)
        t.seek(0)
        print(t.read().replace(__file__, 'FILE').split('\n', 1)[1])
f()
try:
    faulthandler.enable(file=io.StringIO())
except Exception as e:
    print(type(e).__name__, e)
