"""Taipan's faulthandler: dumps Python tracebacks on request, after a timeout or on a signal.

CPython's faulthandler also catches fatal signals (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) in
C code; Taipan's guest code cannot crash the JVM that way, so enable() only records the file
and the choice of threads. The dumps have CPython's format and are written straight to the
file's descriptor. Only the calling thread's stack is shown: other threads' frames are not
reachable from here.
"""

import os as _os
import sys as _sys
import _thread

_enabled = None          # (fd, all_threads) while enabled
_later = None            # the pending dump_traceback_later timer
_registered = {}         # signum -> (fd, all_threads, chain, previous handler)


def _fileno(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _dump(fd, all_threads, frame):
    if all_threads:
        lines = ["Current thread 0x%016x (most recent call first):" % _thread.get_ident()]
    else:
        lines = ["Stack (most recent call first):"]
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %s in %s' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    _os.write(fd, ("\n".join(lines) + "\n").encode("utf-8", "backslashreplace"))


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread into file."""
    _dump(_fileno(file), all_threads, _sys._getframe(1))


def enable(file=None, all_threads=True):
    """Enable the fault handler (records where a dump would go)."""
    global _enabled
    _enabled = (_fileno(file), bool(all_threads))


def disable():
    """Disable the fault handler."""
    global _enabled
    was = _enabled is not None
    _enabled = None
    return was


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled is not None


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of the calling thread after timeout seconds, then os._exit(1) if exit."""
    global _later
    timeout = float(timeout)
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _fileno(file)
    cancel_dump_traceback_later()
    import threading
    target = _sys._getframe(1)

    def fire():
        global _later
        _os.write(fd, b"Timeout (%d:%02d:%02d)!\n" % (int(timeout) // 3600, int(timeout) // 60 % 60, int(timeout) % 60))
        _dump(fd, True, target)
        if exit:
            _os._exit(1)
        if repeat:
            start()

    def start():
        global _later
        _later = threading.Timer(timeout, fire)
        _later.daemon = True
        _later.start()

    start()


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    if _later is not None:
        _later.cancel()
        _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback when the signal signum arrives."""
    import signal
    fd = _fileno(file)

    def handler(sig, frame):
        _dump(fd, all_threads, frame)
        previous = _registered.get(sig, (None, None, False, None))[3]
        if chain and callable(previous):
            previous(sig, frame)

    previous = signal.signal(signum, handler)
    if signum in _registered:
        previous = _registered[signum][3]
    _registered[signum] = (fd, all_threads, chain, previous)


def unregister(signum):
    """Restore the handler of signum that register() replaced; False if none was registered."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[3] if entry[3] is not None else signal.SIG_DFL)
    return True
