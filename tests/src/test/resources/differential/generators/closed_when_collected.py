# A generator abandoned while suspended inside a try or with statement is closed once it is
# unreachable, so its finally blocks and context managers' exits run (gc.collect() makes
# "unreachable" a known point on a VM whose collector is not reference counting).
import gc, contextlib
log = []
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        log.append(name + ' finally')

def withgen(name):
    with contextlib.ExitStack() as st:
        st.callback(log.append, name + ' exit')
        yield 1
        yield 2

def plain(name):
    yield 1
    yield 2

def use(f, name):
    for x in f(name):
        break
    gc.collect()
    print(log)

use(gen, 'a'); use(withgen, 'b'); use(plain, 'c')
g = gen('d'); next(g); g2 = g; del g; gc.collect(); print(log); del g2; gc.collect(); print(log)
@contextlib.contextmanager
def cm():
    try:
        yield 5
    finally:
        log.append('cm done')
with cm() as v: print(v)
gc.collect(); print(log)
