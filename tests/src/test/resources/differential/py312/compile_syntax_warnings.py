# The SyntaxWarnings of Python 3.12's parser and compiler, seen through warnings.catch_warnings:
# invalid escape sequences (the first per literal), "is" with a literal, an assert of a tuple,
# a call of a display (a missing comma); and the code they would not warn about.
import warnings


def check(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<sw>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg)
        print(repr(src), [(w.category.__name__, str(w.message), w.lineno, w.filename) for w in caught])


for src in [
    "x = '\\d'", "x = b'\\d'", "x = '\\8'", "x = '\\777'", "x = b'\\777'", "x = '\\d\\w'",
    "x = f'\\d{1}'", "x = f'{1:\\d}'", "x = '''\n\n\\q'''", "x = r'\\d'", "x = '\\n\\t\\x41\\u0041\\N{DASH}'",
    "x = 1 is 1", "x = 'a' is not 'b'", "x is -1", "x is 1.5", "x is ()", "x is (1, 'a')", "x is b''",
    "x is 1j", "1 is x", "x is None", "x is True", "x is ...", "x is f'a'", "x is y is 2", "x < 1 is y",
    "x = [(1, 2) (3, 4)]", "x = [1, 2](3)", "x = {1: 2}()", "x = 'a'(1)", "x = f(1)(2)",
    "assert (1, 'msg')", "assert ()", "assert (x)",
    "def f():\n    if x is 0:\n        return '\\d'",
    "x = 0x1for x in y", "x = 1if y else 2", "x = 0o7and 1", "x = 0b1or 2", "x = 1.5in y", "x = [1for x in y]",
    "x = 1jif y else 2", "x = 1e3not in y", "\n\nx = 9is 9",
    "x = '\\d'\ny = 1if z else 2", "y = 1if z else 2\nx = '\\d'",
]:
    check(src)

# outside catch_warnings they go to the warnings machinery once per location
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(2):
        compile("y = 2 is 2", "<twice>", "exec")
    print(len(caught))

# turned into errors by a filter, the warning itself is raised
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("y = 3 is 3", "<err>", "exec")
    except (SyntaxWarning, SyntaxError) as e:
        print(type(e).__name__)
