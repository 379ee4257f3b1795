# Builtin exceptions made at a call site and matched by except clauses, through the fast
# paths: the objects and the matching must be what the full protocol gives.


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


def made(cls, *args):
    e = cls(*args)
    return type(e).__name__, e.args, str(e), repr(e), e.__traceback__, e.__cause__, e.__context__


run('ValueError', lambda: made(ValueError, 'bad', 2))
run('no args', lambda: made(RuntimeError))
run('KeyError str', lambda: made(KeyError, 'k'))
run('StopIteration value', lambda: (made(StopIteration, 5), StopIteration(5).value))
run('OSError errno', lambda: (made(OSError, 2, 'missing'), type(OSError(2, 'x')).__name__))
run('AttributeError fields', lambda: (AttributeError('a').name, AttributeError('a', name='n').name))
run('SystemExit code', lambda: SystemExit(3).code)
run('ExceptionGroup', lambda: repr(ExceptionGroup('g', [ValueError(1)]).exceptions))
for _ in range(30):
    try:
        ValueError(x=1)
    except TypeError as e:
        err = str(e)
print(err)


class Mine(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)


run('subclass', lambda: made(Mine, 1, 2))


def catch(exc, clause):
    try:
        raise exc
    except clause as e:
        return 'caught ' + type(e).__name__
    except BaseException as e:
        return 'missed ' + type(e).__name__


run('exact', lambda: catch(ValueError('x'), ValueError))
run('base', lambda: catch(KeyError('x'), LookupError))
run('tuple', lambda: catch(KeyError('x'), (TypeError, KeyError)))
run('subclass instance', lambda: catch(Mine(1, 2), ValueError))
run('unrelated', lambda: catch(ValueError('x'), KeyError))
for _ in range(30):
    try:
        catch(ValueError('x'), int)
    except TypeError as e:
        err = str(e)
print(err)
