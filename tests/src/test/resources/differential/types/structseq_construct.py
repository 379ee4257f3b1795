# Struct sequences made from Python: the sequence and dict arguments, CPython's messages for a
# wrong length or argument, named-only fields, and the types only the VM instantiates.
import os
import sys
import time

t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(t, t.tm_year, t.tm_zone, t.tm_gmtoff, len(t), tuple(t))
t = time.struct_time(range(9), {"tm_zone": "UTC", "tm_gmtoff": 3600, "other": 1})
print(t.tm_zone, t.tm_gmtoff, len(t))
t = time.struct_time(list(range(11)))
print(t.tm_zone, t.tm_gmtoff, len(t), t[-1])
t = time.struct_time(sequence=range(10), dict={"tm_gmtoff": 7})
print(t.tm_zone, t.tm_gmtoff)
print(os.terminal_size((80, 24)), os.terminal_size([1, 2]).lines)
print(type(sys.float_info)(range(11)).max_10_exp)


def attempt(label, make):
    try:
        print(label, make())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("no sequence", lambda: time.struct_time())
attempt("too short", lambda: time.struct_time((1, 2, 3)))
attempt("too long", lambda: time.struct_time(range(12)))
attempt("exact size", lambda: os.terminal_size((1, 2, 3)))
attempt("not a sequence", lambda: time.struct_time(5))
attempt("dict not a dict", lambda: time.struct_time(range(9), 5))
attempt("dict None", lambda: time.struct_time(range(9), None))
attempt("type of a stat", lambda: type(os.stat("."))())
attempt("sys.flags", lambda: type(sys.flags)())
attempt("sys.version_info", lambda: type(sys.version_info)((3, 12, 0, "final", 0)))
attempt("sys.int_info", lambda: type(sys.int_info)(range(4)).bits_per_digit)
