# sys.setprofile/getprofile events, the profile module and cProfile (Taipan's _lsprof over setprofile).
import sys
ev = []
def prof(frame, event, arg):
    if not event.startswith('c_'):   # Taipan has no events for builtin functions
        ev.append((event, frame.f_code.co_name, getattr(arg, '__name__', None)))
def a(x): return b(x) + 1
def b(x): return x * 2
def runner():
    sys.setprofile(prof)
    try:
        return a(3)
    finally:
        sys.setprofile(None)
runner()
print(ev)
import sys
ev = []
def prof(frame, event, arg):
    if not event.startswith('c_'):
        ev.append((event, frame.f_code.co_name, arg if event == 'return' else None))
def a(x): return b(x) + 1
def b(x): return x * 2
sys.setprofile(prof)
a(3)
sys.setprofile(None)
print(ev, sys.getprofile())
import profile, io, pstats
pr = profile.Profile()
pr.runcall(a, 5)
s = io.StringIO()
st = pstats.Stats(pr, stream=s)
print(sorted(k[2] for k in st.stats if k[2] in ('a', 'b')))
import cProfile, pstats, io, sys
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
def work():
    return [fib(10) for _ in range(3)]
pr = cProfile.Profile()
pr.enable()
r = work()
pr.disable()
st = pstats.Stats(pr, stream=io.StringIO())
rows = {k[2]: (v[0], v[1]) for k, v in st.stats.items() if k[2] in ('fib', 'work', '<listcomp>')}
print(r, sorted(rows.items()))
out = io.StringIO()
pstats.Stats(pr, stream=out).sort_stats('ncalls').print_stats(3)
print('function calls' in out.getvalue(), 'fib' in out.getvalue())
with cProfile.Profile() as p2:
    fib(5)
print(sorted((k[2], v[1]) for k, v in pstats.Stats(p2).stats.items() if k[2] == 'fib'))
