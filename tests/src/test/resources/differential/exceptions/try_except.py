# try/except/else/finally, exception hierarchy, raise from, custom exceptions
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e, type(e).__name__)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)
print(divide(1, 2), divide(1, 0))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(42, "custom")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__suppress_context__)
for exc in (IndexError, KeyError, LookupError):
    try:
        raise exc("x")
    except LookupError as e:
        print("lookup family:", type(e).__name__, repr(e))
try:
    [].pop()
except (TypeError, IndexError) as e:
    print("tuple match:", e)
def nested():
    try:
        return "from try"
    finally:
        print("cleanup runs")
print(nested())
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
