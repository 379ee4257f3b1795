import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release(); print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside", lock.locked())
print(lock.locked(), repr(lock).startswith("<unlocked _thread.lock object at 0x"))
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
