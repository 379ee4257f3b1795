# with statements and del obj.attr are cached per class at each site: the caches must follow
# class changes and fall back for descriptors and hooks.


class Manager:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return self

    def __exit__(self, *exc):
        self.log.append('exit %s' % (exc[0].__name__ if exc[0] else None))
        return False


def use(m, fail=False):
    with m as value:
        if fail:
            raise KeyError('k')
    return value is m


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(f())
    print(label, sorted(results, key=repr))


log = []
run('plain', lambda: use(Manager(log)))
print(log[:4], len(log))
Manager.__enter__ = lambda self: 'replaced'
log.clear()
run('enter replaced', lambda: use(Manager(log)))
print(log[:2], len(log))


class Static:
    __enter__ = staticmethod(lambda: 'static enter')
    __exit__ = staticmethod(lambda *a: None)


def use_static():
    with Static() as v:
        return v


run('static methods', use_static)


class Suppress:
    def __enter__(self):
        return 1

    def __exit__(self, t, v, tb):
        return True


def use_suppress():
    with Suppress():
        raise ValueError
    return 'suppressed'


run('suppress', use_suppress)


class NoExit:
    def __enter__(self):
        return 1


for _ in range(20):
    try:
        with NoExit():
            pass
    except TypeError as e:
        err = str(e)
print(err)


# del obj.attr
class Obj:
    pass


def delete(o, name):
    try:
        delattr(o, name) if name.startswith('dyn') else exec('del o.' + name)
        return 'deleted'
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


def del_x(o):
    try:
        del o.x
        return 'deleted'
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


def fresh():
    o = Obj()
    o.x = 1
    return del_x(o), del_x(o), hasattr(o, 'x')


run('del plain', fresh)


class WithDescriptor:
    @property
    def x(self):
        return 1

    @x.deleter
    def x(self):
        deleted.append('via deleter')


deleted = []
run('del property', lambda: del_x(WithDescriptor()))
print(len(deleted))


class Hooked:
    def __delattr__(self, name):
        hooked.append(name)


hooked = []
run('del hooked', lambda: del_x(Hooked()))
print(len(hooked))


class Slotted:
    __slots__ = ('x',)


def slotted():
    s = Slotted()
    s.x = 2
    # (only the first line of the second message: 3.12 words it as for other attributes)
    return del_x(s), del_x(s).split(':')[0]


run('del slots', slotted)
Obj.x = property(lambda self: 'class prop')
run('del after class change', lambda: del_x(Obj()))
