def each(lst, a=None):
    x = 1
    for v in lst: yield v
g = each([1, 2, 3])
f = g.gi_frame
print(f.f_locals, f.f_lineno, f.f_code.co_name, g.gi_frame.f_lasti if False else '')
next(g); print(g.gi_frame.f_locals, g.gi_frame.f_lineno)
import inspect
print(inspect.getgeneratorlocals(each([5])), inspect.getgeneratorstate(each([5])))
