# Ints a generator yields reach every kind of consumer as the same ints (Taipan passes them
# unboxed between a generator and the loop driving it): for loops, sum(), next(), send(),
# yield from, list(), tracing, and values that are not small ints in between.
import sys


def count(n, start=0):
    for i in range(start, start + n):
        yield i


def mixed():
    yield 1
    yield 2.5
    yield "three"
    yield 2 ** 70
    yield True
    yield -7
    yield None


# for loops: the loop variable holds the int, whatever its size or sign
total = 0
for x in count(5, -2):
    total += x * 3
    print(x, type(x).__name__, end="; ")
print(total)

# sum(): a running int total, overflowing past 64 bits, and mixing in floats and big ints
print(sum(count(1000)))
print(sum(x * x for x in range(10)), sum((x for x in range(5)), 100))
big = 2 ** 62
print(sum(x for x in (big, big, big, 1)))
print(sum(x for x in (1, 2.5, 3)))
print(sum(x for x in (2 ** 64, 1, 2)))
print(sum(x for x in (-(2 ** 63), -1)))
print(sum((x for x in (1, 2)), 0.5))
print(sum(x for x in ()), sum((x for x in ()), 7))

# next(), with and without a default, and send()
g = count(3, 40)
print(next(g), next(g), next(g), next(g, "done"))


def echo():
    received = yield 1
    while True:
        received = yield received * 2


e = echo()
print(next(e), e.send(5), e.send(-21), e.send(2 ** 65))

# list(), tuple(), yield from, mixed kinds
print(list(count(4)), tuple(count(2, 9)), list(mixed()))


def delegate():
    r = yield from count(3, 100)
    yield from mixed()
    return r


print(list(delegate()))
print([type(v).__name__ for v in mixed()])
print(max(count(6)), min(count(6, -3)), sorted(count(3), reverse=True))
print(dict(zip(count(3), "abc")), list(enumerate(count(2, 5))))
print(any(x > 3 for x in count(5)), all(x < 3 for x in count(5)))


# a generator's own arithmetic on what it iterates
def doubled(it):
    for v in it:
        yield v + v


print(list(doubled(count(4))), list(doubled(x for x in mixed() if x is not None)))
print(sum(doubled(doubled(count(100)))))

# tracing sees the yielded ints as values ('return' events of the generator's frame)
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "count" and event == "return":
        events.append(arg)
    return tracer


sys.settrace(tracer)
traced = list(count(3, 7))
sys.settrace(None)
print(traced, events)

# the same generator function consumed in different ways, interleaved
a, b = count(3), count(3, 10)
print([(x, y) for x, y in zip(a, b)])
