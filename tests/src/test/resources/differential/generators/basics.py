# generators: yield, send, return value, yield from, close, generator expressions
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value:", e.value)
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
def inner():
    r = yield 1
    yield r
    return "inner result"
def outer():
    result = yield from inner()
    yield result
o = outer()
print(next(o), o.send("sent"), next(o))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
squares = (x * x for x in range(6) if x % 2 == 0)
print(sum(squares), list(squares))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
c = closing()
print(next(c))
c.close()
print(list(zip(countdown(3), "xyz")), dict(enumerate(countdown(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
