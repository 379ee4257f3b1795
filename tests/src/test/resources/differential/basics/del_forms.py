# del statements: names, attributes, subscripts, slices, tuples of targets, and the errors
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
class C: pass
c = C()
c.a = 1
c.b = 2
del c.a
print(vars(c))
try:
    del c.zz
except AttributeError as e:
    print(e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(repr(e))
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(e)
a, b = 1, 2
del (a, b)
print("a" in dir(), "b" in dir())
[p, q] = 3, 4
del [p, q]
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(e)
