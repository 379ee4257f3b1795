"""Taipan's resource: resource usage and limits of the process, read from Linux's /proc.

The JVM cannot call setrlimit(2): setrlimit accepts the current limits and refuses any change
with OSError(EPERM).
"""

import os as _os
from collections import namedtuple as _namedtuple

error = OSError

RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS, RLIMIT_NPROC, RLIMIT_NOFILE, \
    RLIMIT_MEMLOCK, RLIMIT_AS, RLIMIT_LOCKS, RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, \
    RLIMIT_RTTIME = range(16)
RLIMIT_OFILE = RLIMIT_NOFILE
RLIM_INFINITY = -1
RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

_LIMIT_NAMES = ["Max cpu time", "Max file size", "Max data size", "Max stack size", "Max core file size",
                "Max resident set", "Max processes", "Max open files", "Max locked memory", "Max address space",
                "Max file locks", "Max pending signals", "Max msgqueue size", "Max nice priority",
                "Max realtime priority", "Max realtime timeout"]

_fields = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
           'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(_namedtuple('struct_rusage', _fields)):
    """struct_rusage: Result from getrusage."""
    __slots__ = ()
    n_fields = n_sequence_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        return super().__new__(cls, *sequence)


_TICKS = _os.sysconf('SC_CLK_TCK') if hasattr(_os, 'sysconf') else 100


def _stat_fields(path):
    with open(path) as f:
        text = f.read()
    return text[text.rindex(')') + 2:].split()   # fields from the state (field 3) on


def _status(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key + ':'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def getrusage(who):
    """Return the resource usage of the process (RUSAGE_SELF), its children or the calling thread."""
    if who == RUSAGE_SELF or who == RUSAGE_THREAD:
        base = '/proc/self' if who == RUSAGE_SELF else '/proc/thread-self'
        f = _stat_fields(base + '/stat')
        utime, stime = int(f[11]) / _TICKS, int(f[12]) / _TICKS
        minflt, majflt = int(f[7]), int(f[9])
        maxrss = _status('/proc/self/status', 'VmHWM')
        nvcsw = _status(base + '/status', 'voluntary_ctxt_switches')
        nivcsw = _status(base + '/status', 'nonvoluntary_ctxt_switches')
    elif who == RUSAGE_CHILDREN:
        f = _stat_fields('/proc/self/stat')
        utime, stime = int(f[13]) / _TICKS, int(f[14]) / _TICKS
        minflt, majflt = int(f[8]), int(f[10])
        maxrss = nvcsw = nivcsw = 0
    else:
        raise ValueError("invalid who parameter")
    return struct_rusage((utime, stime, maxrss, 0, 0, 0, minflt, majflt, 0, 0, 0, 0, 0, 0, nvcsw, nivcsw))


def getrlimit(resource):
    """Return the (soft, hard) limits of a resource."""
    if not 0 <= resource < len(_LIMIT_NAMES):
        raise ValueError("invalid resource specified")
    with open('/proc/self/limits') as f:
        for line in f:
            if line.startswith(_LIMIT_NAMES[resource]):
                rest = line[len(_LIMIT_NAMES[resource]):].split()
                return tuple(RLIM_INFINITY if v == 'unlimited' else int(v) for v in rest[:2])
    return (RLIM_INFINITY, RLIM_INFINITY)


def setrlimit(resource, limits):
    """Set the limits of a resource: only the current ones (the JVM cannot change them)."""
    soft, hard = limits
    if (soft, hard) != getrlimit(resource):
        raise PermissionError(1, 'Operation not permitted')


def prlimit(pid, resource, limits=None):
    if pid not in (0, _os.getpid()):
        raise PermissionError(1, 'Operation not permitted')
    old = getrlimit(resource)
    if limits is not None:
        setrlimit(resource, limits)
    return old


def getpagesize():
    """Return the size of a memory page in bytes."""
    return _os.sysconf('SC_PAGESIZE') if hasattr(_os, 'sysconf') else 4096
