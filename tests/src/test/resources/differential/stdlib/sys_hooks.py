# sys.unraisablehook/__unraisablehook__, getsizeof (default, errors), thread_info, float_repr_style.
import sys, threading
print(sys.unraisablehook is sys.__unraisablehook__, sys.thread_info.name, sys.float_repr_style)
print(sys.getsizeof([]) > sys.getsizeof(()) - 100, sys.getsizeof(object(), 5) > 0, sys.getsizeof(1) > 0)
class NoSize:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(NoSize())
except ValueError as e:
    print('ValueError', e)
class Bad:
    def __sizeof__(self): raise TypeError('no')
print(sys.getsizeof(Bad(), 'dflt'))
seen = []
def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, u.err_msg, str(u.exc_value)))
sys.unraisablehook = hook
def boom():
    raise KeyError('in thread')
t = threading.Thread(target=boom)
t.start(); t.join()
sys.unraisablehook = sys.__unraisablehook__
print(seen)
