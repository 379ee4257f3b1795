# sys.settrace/gettrace: call, line, return (with values) and exception events; f_trace set on frames
# from sys._getframe (one frame object per activation), as debuggers do.
import sys
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def add(a, b):
    c = a + b
    return c
def main():
    x = add(1, 2)
    try:
        raise ValueError('v')
    except ValueError:
        pass
    return x
sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(e if e[0] != 'exception' else (e[0], e[1], e[2]))
print(sys.gettrace())


def tracer(frame, event, arg):
    sys.stdout.write('%s %s %s %r\n' % (event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer
def setup():
    f = sys._getframe(1)
    while f:
        f.f_trace = tracer
        f = f.f_back
    sys.settrace(tracer)
def g():
    setup()
    return 12
print(g())
x = 1
sys.settrace(None)
