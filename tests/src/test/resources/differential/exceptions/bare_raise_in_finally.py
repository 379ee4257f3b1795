# inside a finally block run for an exception, sys.exc_info() and a bare raise see that exception
import sys
def a():
    try:
        raise KeyError("k")
    finally:
        print("in finally:", repr(sys.exc_info()[1]))
try:
    a()
except KeyError:
    pass
def reraise():
    try:
        raise TypeError("foo")
    except:
        try:
            raise KeyError("caught")
        finally:
            raise
try:
    reraise()
except Exception as e:
    print(type(e).__name__, e.__context__)
def after():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            pass
        finally:
            print("normal finally:", repr(sys.exc_info()[1]))
after()
def ctx():
    try:
        try:
            raise KeyError("inner")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        print(repr(e.__context__))
ctx()
