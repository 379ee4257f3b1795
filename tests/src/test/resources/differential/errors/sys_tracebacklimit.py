import io, sys
def f1(): 1/0
def f2(): f1()
def f3(): f2()
def report():
    buf = io.StringIO()
    sys.stderr = buf
    try:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.stderr = sys.__stderr__
    print(buf.getvalue().replace(__file__, "FILE"), end="")
for limit in (2, 1, 0, -1, 10**30, "x"):
    sys.tracebacklimit = limit
    try: f3()
    except ZeroDivisionError: report()
del sys.tracebacklimit
try: f3()
except ZeroDivisionError: report()
