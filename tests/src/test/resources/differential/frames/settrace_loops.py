# sys.settrace line events of loops (the header line each iteration) and f_locals seen from the trace function.
import sys
def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'f':
        try:
            print(frame.f_lineno, eval('total, i', frame.f_globals, frame.f_locals) if frame.f_lineno == 4 else dict(frame.f_locals))
        except Exception as e:
            print(frame.f_lineno, 'ERR', e)
    return tracer
def f(n):
    total = 0
    for i in range(n):
        total += i
    return total
sys.settrace(tracer); f(2); sys.settrace(None)
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f':
        print(event, frame.f_lineno, dict(frame.f_locals), frame is sys._getframe(1), sys._getframe(1).f_locals)
    return tracer
def f(n):
    total = 5
    return total
sys.settrace(tracer); f(2); sys.settrace(None)
def h(n):
    t = 3
    return sys._getframe().f_locals
print(h(1))
