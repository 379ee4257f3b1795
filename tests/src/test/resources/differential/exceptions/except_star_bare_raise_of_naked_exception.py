import sys
try:
    try: raise ValueError(42)
    except* ValueError as e:
        print("in handler:", repr(e), repr(sys.exception()))
        raise
except ExceptionGroup as e: print("caught group:", repr(e))
except ValueError as e: print("caught naked:", repr(e))
try:
    try: raise ValueError(1)
    except* ValueError: raise TypeError(2)
except ExceptionGroup as e: print("group:", repr(e), repr(e.exceptions[0].__context__))
except TypeError as e: print("naked:", repr(e), repr(e.__context__))
try:
    try: raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError: raise
except ExceptionGroup as e: print("eg:", repr(e))
