# sys.settrace when an exception leaves a frame: its exception event, then return with None.
import sys
ev = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('bad', 'caller'):
        ev.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def bad():
    raise KeyError('k')
def caller():
    try:
        bad()
    except KeyError:
        return 'caught'
sys.settrace(tracer); caller(); sys.settrace(None)
for e in ev: print(e)
