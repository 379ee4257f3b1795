# Threads under the GIL: start/join, locks, queues, events, conditions, thread pools,
# threading.local, daemon threads left running at exit, __dict__ assignment (what
# _threading_local relies on).
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

results = []
lock = threading.Lock()


def worker(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        results.append(s)


threads = [threading.Thread(target=worker, args=(50000 * (k + 1),)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])

# a shared counter incremented without a lock still adds up under the GIL only with a lock
counter = [0]


def bump():
    for _ in range(2000):
        with lock:
            counter[0] += 1


ts = [threading.Thread(target=bump) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print("counter", counter[0])

q = queue.Queue()


def producer():
    for i in range(5):
        q.put(i)
        time.sleep(0.005)
    q.put(None)


threading.Thread(target=producer).start()
got = []
while (x := q.get()) is not None:
    got.append(x)
print(got)

ev = threading.Event()
seen = []


def waiter():
    ev.wait()
    seen.append("event")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
ev.set()
t.join()
print(seen, ev.is_set())

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        items.append("consumed")


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(items)

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * x, range(10))))
    futures = [ex.submit(pow, 2, k) for k in range(8)]
    print(sorted(f.result() for f in as_completed(futures)))

local = threading.local()
local.x = "main"


def set_local():
    local.x = "thread"
    seen.append(local.x)


t = threading.Thread(target=set_local, name="setter")
t.start()
t.join()
print(local.x, seen[-1], t.name, threading.current_thread().name, threading.main_thread() is threading.current_thread())

rlock = threading.RLock()
with rlock:
    with rlock:
        print("rlock reentered", rlock._is_owned())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
try:
    sem.release(); sem.release(); sem.release()
except ValueError as e:
    print("ValueError", e)
b = threading.Barrier(3)
order = []


def at_barrier(k):
    idx = b.wait()
    with lock:
        order.append(k)


bs = [threading.Thread(target=at_barrier, args=(k,)) for k in range(3)]
[t.start() for t in bs]
[t.join() for t in bs]
print(sorted(order), b.broken)

timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append("timer"))
tm.start()
tm.join()
print(timer_hits, threading.active_count())


class A:
    pass


a = A()
d1, d2 = {"x": 1}, {"x": 2}
a.__dict__ = d1
a.y = 5
object.__setattr__(a, "__dict__", d2)
print(d1, a.x, a.__dict__ is d2, vars(a))


def spin():
    while True:
        pass


threading.Thread(target=spin, daemon=True).start()
print("main done")
