# generator expressions and lazy iteration: evaluation order, early binding of the first iterable, exhaustion
log = []
def source(tag, items):
    log.append("source " + tag)
    return iter(items)

g = (x * 2 for x in source("outer", [1, 2, 3]))
log.append("created")
print(log, next(g), list(g), list(g))

log.clear()
g2 = ((x, y) for x in source("x", "ab") for y in source("y", "12"))
log.append("created")
print(list(g2), log)

try:
    gen = (1 / v for v in [1, 0])
    print(next(gen))
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, "exhausted after error"))

try:
    (v for v in 5)
except TypeError as e:
    print(type(e).__name__, e)

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count_up(5)), max(count_up(4)), sorted(count_up(3), reverse=True), "".join(str(v) for v in count_up(4)))
print(any(v > 2 for v in count_up(10)), all(v < 3 for v in count_up(3)), list(zip(count_up(3), count_up(5))))
it = count_up(10)
print(list(zip(it, "ab")), next(it))
print(dict((k, k * k) for k in range(4)), set(c.upper() for c in "abca"), tuple(v for v in range(3) if v))
nested = [[1, 2], [3], []]
print([v for sub in nested for v in sub], list(v for sub in nested if sub for v in sub if v % 2))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)), next(v for v in fib() if v > 1000))
g3 = (v for v in range(3))
print(g3.__name__, g3.__qualname__ == "<genexpr>", type(g3).__name__, iter(g3) is g3)
g3.close()
print(list(g3), g3.gi_frame)
def gen_with_return():
    yield 1
    return "value"
r = gen_with_return()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
x = 10
g4 = (x + i for i in range(2))
x = 20
print(list(g4))
g5 = (i for i in [x])
x = 30
print(list(g5))
print(list(map(lambda v: v * x, count_up(3))), [y for y in (z for z in range(3))], sum(v for v in ()), min((v for v in [3, 1, 2]), default=0))
