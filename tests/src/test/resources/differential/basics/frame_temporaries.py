# What a statement keeps only while it runs (a for loop's iterator, a with statement's manager,
# an awaited iterator) is let go when the statement ends, not when the function returns.
import gc
import weakref


class Endless:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


class Manager:
    def __enter__(self):
        return 'entered'

    def __exit__(self, *exc):
        return False


def dead(ref):
    gc.collect()
    return ref() is None


def loop_with_break():
    it = Endless()
    ref = weakref.ref(it)
    for x in it:
        break
    del it
    return dead(ref)


def loop_to_the_end():
    items = [Endless(), Endless()]
    refs = [weakref.ref(i) for i in items]
    for item in iter(items):
        pass
    del items, item
    return [dead(r) for r in refs]


def nested_loops():
    outer = Endless()
    ref = weakref.ref(outer)
    for a in outer:
        for b in range(3):
            pass
        break
    del outer
    return dead(ref)


def with_statement():
    m = Manager()
    ref = weakref.ref(m)
    with m as value:
        pass
    del m
    return dead(ref), value


def generator_abandoned():
    closed = []

    def gen():
        try:
            yield 1
            yield 2
        finally:
            closed.append(True)

    g = gen()
    ref = weakref.ref(g)
    for x in g:
        break
    del g
    return dead(ref)


print(loop_with_break())
print(loop_to_the_end())
print(nested_loops())
print(with_statement())
print(generator_abandoned())
