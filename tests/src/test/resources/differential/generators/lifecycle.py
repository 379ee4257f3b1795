# Generator life cycle around the first resume (the body must not run before next()), hot
# for-loops over generators (resumed through inline caches), and the states in between.
log = []


def tracked(n, tag=None):
    log.append(("start", n, tag))
    for i in range(n):
        log.append(("yield", i))
        yield i
    log.append(("end", n))
    return n * 10


g = tracked(2, tag="t")
print(log, g.gi_suspended, g.gi_running, g.gi_frame is not None)
print(next(g), log[-1], g.gi_suspended)
print(list(g), log[-1], g.gi_frame)

# arguments are bound (and checked) when the generator function is called
try:
    tracked()
except TypeError as e:
    print("TypeError:", e)
print(len(log))

# send a non-None value to a just-started generator; throw into and close an unstarted one
g = tracked(3)
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
g = tracked(3)
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e, list(g))
g = tracked(3)
g.close()
print(list(g), log[-1])


# generators whose prologue makes cells, with defaults and *args
def counter(start, *steps, scale=1):
    total = start

    def bump(s):
        nonlocal total
        total += s * scale
        return total

    for s in steps:
        yield bump(s)


print(list(counter(1, 2, 3, scale=10)), list(counter(5)))


# a consumer loop that gets hot, over several generator functions and a generator expression
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def pipeline(n):
    total = 0
    for x in evens(numbers(n)):
        total += x
    for y in (v * 2 for v in numbers(n)):
        total += y
    return total


print([pipeline(k) for k in range(0, 200, 37)])


# the return value and StopIteration, after many resumes
def returns(n):
    for i in range(n):
        yield i
    return "result"


def drive(n):
    gen = returns(n)
    count = 0
    while True:
        try:
            next(gen)
            count += 1
        except StopIteration as e:
            return count, e.value


print([drive(k) for k in (0, 1, 50)])


# an exception raised inside the body propagates through the for loop, and the generator ends
def failing(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


for attempt in range(3):
    seen = []
    gen = failing(10)
    try:
        for v in gen:
            seen.append(v)
    except KeyError as e:
        print("KeyError:", e, seen, next(gen, "finished"))


# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("x")


try:
    for v in leaky():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# a generator that is already running cannot be resumed
def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# the exception being handled inside a generator is its own
def handler_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])


h = handler_state()
print(next(h))
try:
    raise ValueError("outside")
except ValueError:
    print(next(h))
