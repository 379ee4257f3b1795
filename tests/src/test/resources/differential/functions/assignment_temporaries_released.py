# An assignment statement keeps nothing alive once it is done: after `del` of every name, the
# objects it stored or unpacked are collectable while the function is still running (Taipan's
# compiler parks the value, the unpacked items, or the augmented target in frame temporaries).
import gc
import weakref


class Box:
    pass


class Payload:
    pass


def attribute():
    b = Box()
    b.p = Payload()
    r = weakref.ref(b.p)
    del b
    gc.collect()
    return r() is None


def subscript():
    d = {}
    d['k'] = Payload()
    r = weakref.ref(d['k'])
    del d
    gc.collect()
    return r() is None


def unpacking():
    a, n = Payload(), 1
    r = weakref.ref(a)
    del a
    gc.collect()
    return r() is None, n


def chained():
    x = y = Payload()
    r = weakref.ref(x)
    del x, y
    gc.collect()
    return r() is None


def augmented():
    b = Box()
    b.n = 1
    b.n += 1
    items = [Payload()]
    items[0] = items[0]
    r = weakref.ref(b)
    del b
    gc.collect()
    return r() is None


for f in (attribute, subscript, unpacking, chained, augmented):
    print(f.__name__, f())
