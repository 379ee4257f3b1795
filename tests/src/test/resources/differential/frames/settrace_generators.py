# sys.settrace in generators: 'return' at each yield (with the value), 'call' at each resume, yield from
# delegation, and one line event for statements sharing a line.
import sys
ev = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('gen', 'main', 'inner', 'outer'):
        ev.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def gen(n):
    for i in range(n):
        yield i * 10
    return 'done'
def inner():
    x = yield 1
    yield x
def outer():
    r = yield from inner()
    return r
def main():
    total = sum(gen(2))
    o = outer()
    next(o); o.send(5)
    next(o, None)
    return total
sys.settrace(tracer)
main()
sys.settrace(None)
for e in ev: print(e)
