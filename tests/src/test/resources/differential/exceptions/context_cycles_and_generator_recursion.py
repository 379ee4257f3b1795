# Raising while the handled exception's __context__ chain already holds a cycle terminates, and
# generators recursing through iteration hit the recursion limit like calls do.
import sys


def self_cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    self_cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)


class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


class D(Exception):
    pass


def longer_cycle():
    try:
        raise A()
    except A as a:
        try:
            raise B()
        except B:
            try:
                raise C()
            except C as c:
                a.__context__ = c
                raise D()


try:
    longer_cycle()
except Exception as e:
    chain = [e]
    while chain[-1].__context__ is not None and len(chain) < 8:
        chain.append(chain[-1].__context__)
    print([type(x).__name__ for x in chain])


def closes_cycle():
    try:
        raise A()
    except A as a:
        try:
            raise B()
        except B:
            raise a


try:
    closes_cycle()
except A as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__)

sys.setrecursionlimit(150)


def delegating(n):
    yield from delegating(n + 1)


def looping(n):
    for x in looping(n + 1):
        yield x


for make in (delegating, looping):
    try:
        next(make(0))
    except RecursionError as e:
        print(make.__name__, "RecursionError", e)
