# __del__ of unreachable instances runs when the collector finds them: gc.collect() finalizes
# what became unreachable (each step below frees one object, so the order is CPython's), once
# per object even if __del__ resurrects it, also for subclasses, builtin-type subclasses, a
# class whose __del__ raises (reported as unraisable on stderr) and after __class__ assignment.
import gc

log = []
keep = []


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append('del %s' % self.n)


class Sub(R):
    pass


class Listy(list):
    def __del__(self):
        log.append('listy %d' % len(self))


class Phoenix:
    def __del__(self):
        log.append('phoenix')
        keep.append(self)


class Bad:
    def __del__(self):
        log.append('bad')
        raise ValueError('from __del__')


class Plain:
    pass


def step(make):
    make()
    for _ in range(3):
        gc.collect()
    print(log)
    log.clear()


step(lambda: R(1))
step(lambda: Sub('sub'))
step(lambda: Listy([1, 2, 3]))
step(lambda: Phoenix())
print(len(keep))
keep.clear()
step(lambda: None)          # the resurrected Phoenix is not finalized twice
step(lambda: Bad())


def convert():
    p = Plain()
    p.n = 'converted'
    p.__class__ = R


step(convert)
x = R('held')
step(lambda: None)          # still referenced: nothing runs
del x
step(lambda: None)
objs = [R(i) for i in range(5)]
del objs
for _ in range(3):
    gc.collect()
print(sorted(log))
