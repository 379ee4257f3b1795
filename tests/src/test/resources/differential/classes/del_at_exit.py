# Instances with __del__ still alive when the program ends are finalized at exit, after the atexit
# callbacks, as CPython's shutdown does when it clears the modules; one that became garbage
# earlier was finalized by gc.collect().
import atexit
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
atexit.register(print, 'atexit')
a = R('a')
b = R('b')
lst = [R('in list')]
def f():
    r = R('local')
f()
import gc; gc.collect()
print('end of script')
