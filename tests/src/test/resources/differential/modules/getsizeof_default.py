# sys.getsizeof's default answers any TypeError (subclasses too), not other errors.
import sys
class MyTE(TypeError): pass
class A:
    def __sizeof__(self): raise MyTE('no')
class B:
    def __sizeof__(self): raise ValueError('v')
print(sys.getsizeof(A(), 'dflt'))
try:
    sys.getsizeof(B(), 'dflt')
except ValueError as e:
    print('ValueError', e)
try:
    sys.getsizeof(A())
except TypeError as e:
    print(type(e).__name__, e)
