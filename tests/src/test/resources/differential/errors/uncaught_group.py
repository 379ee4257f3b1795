def f():
    raise ExceptionGroup("inner", [KeyError("k"), OSError("x")])
try:
    f()
except ExceptionGroup as e:
    eg = e
try:
    raise ValueError("ctx")
except ValueError:
    raise ExceptionGroup("top", [TypeError("t"), eg, ValueError("v")])
