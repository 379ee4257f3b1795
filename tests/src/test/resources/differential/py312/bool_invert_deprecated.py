# ~ on a bool still inverts the int, with the DeprecationWarning 3.12 added
import warnings
t, f = True, False
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(~t, ~f, t.__invert__(), ~1, ~int(t))
print(len(w), [str(x.message)[:40] for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
