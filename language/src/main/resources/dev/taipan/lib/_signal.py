"""Taipan's _signal: signal numbers and the Python-level handler table.

Handlers set with signal() are kept and run by raise_signal() and os.kill(os.getpid(), sig);
signals sent to the process from outside are not yet delivered to Python handlers (the JVM
owns the process's signal handling), except that SIGINT still ends the program.
"""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65

# Linux signal numbers
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64

SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2

ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN

_NAMES = {v: k for k, v in sorted(globals().items(), reverse=True)
          if k.startswith("SIG") and not k.startswith("SIG_") and isinstance(v, int) and k not in ("SIGRTMIN", "SIGRTMAX")}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def signal(signalnum, handler, /):
    """Set the action for the given signal; return the previous one."""
    signalnum = _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    _check(signalnum)
    return _handlers[signalnum]


def raise_signal(signalnum, /):
    """Send a signal to the executing process (run its Python handler)."""
    signalnum = _check(signalnum)
    handler = _handlers[signalnum]
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(1))
    elif handler == SIG_DFL and signalnum in (SIGINT,):
        raise KeyboardInterrupt
    elif handler == SIG_DFL and signalnum not in (SIGCHLD, SIGCONT, SIGURG, SIGWINCH):
        import os
        os._exit(128 + signalnum)


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    _check(signalnum)
    return _DESCRIPTIONS.get(signalnum)


_DESCRIPTIONS = {
    SIGHUP: "Hangup", SIGINT: "Interrupt", SIGQUIT: "Quit", SIGILL: "Illegal instruction",
    SIGTRAP: "Trace/breakpoint trap", SIGABRT: "Aborted", SIGBUS: "Bus error",
    SIGFPE: "Floating point exception", SIGKILL: "Killed", SIGUSR1: "User defined signal 1",
    SIGSEGV: "Segmentation fault", SIGUSR2: "User defined signal 2", SIGPIPE: "Broken pipe",
    SIGALRM: "Alarm clock", SIGTERM: "Terminated", SIGSTKFLT: "Stack fault", SIGCHLD: "Child exited",
    SIGCONT: "Continued", SIGSTOP: "Stopped (signal)", SIGTSTP: "Stopped", SIGTTIN: "Stopped (tty input)",
    SIGTTOU: "Stopped (tty output)", SIGURG: "Urgent I/O condition", SIGXCPU: "CPU time limit exceeded",
    SIGXFSZ: "File size limit exceeded", SIGVTALRM: "Virtual timer expired", SIGPROF: "Profiling timer expired",
    SIGWINCH: "Window changed", SIGIO: "I/O possible", SIGPWR: "Power failure", SIGSYS: "Bad system call",
}


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return set(range(1, 32)) | set(range(SIGRTMIN, SIGRTMAX + 1))


def alarm(seconds, /):
    """Arrange for SIGALRM; Taipan has no timer signals yet, so only 0 (cancel) is accepted."""
    if seconds:
        raise OSError(38, "Function not implemented")
    return 0


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Record the wakeup fd (asyncio's loop sets it); returns the previous one."""
    global _wakeup_fd
    old = _wakeup_fd
    _wakeup_fd = fd
    return old


_wakeup_fd = -1


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def pthread_kill(thread_id, signalnum, /):
    raise_signal(signalnum)
