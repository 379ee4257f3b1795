"""Taipan's _lsprof: cProfile's profiler, measuring through sys.setprofile.

CPython's is C and also times builtin functions (c_call events); Taipan's profile events cover
Python functions only, so builtins' time counts in their callers.
"""

import sys as _sys
import time as _time
from collections import namedtuple as _namedtuple

profiler_entry = _namedtuple('profiler_entry', 'code callcount reccallcount totaltime inlinetime calls')
profiler_subentry = _namedtuple('profiler_subentry', 'code callcount reccallcount totaltime inlinetime')


class _Stat:
    __slots__ = ('callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls')

    def __init__(self):
        self.callcount = 0
        self.reccallcount = 0
        self.totaltime = 0.0
        self.inlinetime = 0.0
        self.calls = None


def _count(stats, code, elapsed, sub, depth):
    """One finished call of code in stats (a function's entry, or its caller's subentry for it)."""
    st = stats.get(code)
    if st is None:
        st = stats[code] = _Stat()
    st.callcount += 1
    st.inlinetime += elapsed - sub
    if depth > 1:
        st.reccallcount += 1        # a recursive call: its time is in the outermost one's
    else:
        st.totaltime += elapsed


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer if timer is not None else _time.perf_counter
        self._unit = timeunit if timer is not None and timeunit else (1.0 if timer is None else 1.0)
        self._subcalls = subcalls
        self._stats = {}
        self._stack = []          # [code, start, time in subcalls]
        self._active = {}         # code -> activations on the stack

    def _now(self):
        return self._timer() * self._unit if self._unit != 1.0 else self._timer()

    def _dispatch(self, frame, event, arg):
        if event == 'call':
            code = frame.f_code
            self._active[code] = self._active.get(code, 0) + 1
            self._stack.append([code, self._now(), 0.0])
        elif event == 'return':
            if not self._stack:
                return
            code, start, sub = self._stack.pop()
            elapsed = self._now() - start
            depth = self._active.get(code, 1)
            if depth <= 1:
                self._active.pop(code, None)
            else:
                self._active[code] = depth - 1
            _count(self._stats, code, elapsed, sub, depth)
            if self._stack:
                caller = self._stack[-1]
                caller[2] += elapsed
                if self._subcalls:
                    cst = self._stats.get(caller[0])
                    if cst is None:
                        cst = self._stats[caller[0]] = _Stat()
                    if cst.calls is None:
                        cst.calls = {}
                    _count(cst.calls, code, elapsed, sub, depth)

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        self._subcalls = subcalls
        _sys.setprofile(self._dispatch)

    def disable(self):
        """Stop collecting profiling information."""
        _sys.setprofile(None)
        self._stack.clear()
        self._active.clear()

    def clear(self):
        """Clear all profiling information collected so far."""
        self._stats.clear()

    def getstats(self):
        """list of profiler_entry objects."""
        out = []
        for code, st in self._stats.items():
            calls = None
            if st.calls:
                calls = [profiler_subentry(c, s.callcount, s.reccallcount, s.totaltime, s.inlinetime)
                         for c, s in st.calls.items()]
            out.append(profiler_entry(code, st.callcount, st.reccallcount, st.totaltime, st.inlinetime, calls))
        return out
