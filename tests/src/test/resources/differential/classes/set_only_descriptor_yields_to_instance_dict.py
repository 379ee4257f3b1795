# A data descriptor without __get__ (only __set__ or __delete__) does not hide the instance
# dict when reading: the instance's value wins, else the descriptor itself is read.
class Descr:
    def __set__(self, obj, value): obj.__dict__['a'] = value
class X: a = Descr()
x = X()
print(type(x.a).__name__)
x.a = 42; print(x.a, getattr(x, 'a'), object.__getattribute__(x, 'a'))
def read(o): return o.a
for _ in range(3): print(read(x))
class DelOnly:
    def __delete__(self, obj): print("delete called")
class Y: b = DelOnly()
y = Y(); print(type(y.b).__name__); y.__dict__['b'] = 7; print(y.b); del y.b
class Full:
    def __get__(self, obj, t): return "from get"
    def __set__(self, obj, v): obj.__dict__['c'] = v
class Z: c = Full()
z = Z(); z.c = 1; print(z.c, z.__dict__)
