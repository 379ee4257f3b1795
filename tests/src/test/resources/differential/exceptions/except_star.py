def show(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  value handler:", repr(e))
    except* TypeError as e:
        print("  type handler:", repr(e))
show("both handled", one)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("  handled values")
show("partial", partial)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked wrapped:", repr(e), repr(e.exceptions[0]))
show("naked", naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  no")
show("naked unmatched", naked_unmatched)

def raises_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        print("  type still runs")
show("raises new", raises_new)

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show("bare reraise", reraise)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  values:", repr(e))
    except* TypeError as e:
        print("  types:", repr(e))
show("nested", nested)

def with_else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
show("else/finally", with_else_finally)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("  tuple:", repr(e))
show("tuple", tuple_types)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("bad type", bad_type)

import sys
def exc_info():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  exc_info:", repr(sys.exc_info()[1]))
show("exc_info", exc_info)

def e_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print("  name cleared:", ne)
show("cleared", e_cleared)
