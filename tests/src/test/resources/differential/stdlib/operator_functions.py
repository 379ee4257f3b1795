# operator module: functional forms of operators, itemgetter/attrgetter/methodcaller
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5))
print(op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([10, 20], 1), op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
d = {"a": 1}
op.setitem(d, "b", 2); op.delitem(d, "a"); print(d)
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul([0], 3))
n = 5
print(op.iadd(n, 1), n)

ig = op.itemgetter(1)
print(ig([4, 5, 6]), ig("xyz"))
ig2 = op.itemgetter(0, -1)
print(ig2("hello"), ig2([1, 2, 3]))
print(op.itemgetter("k")({"k": "v"}))
print(op.itemgetter(slice(1, 3))("abcd"))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("child.name")(p), op.attrgetter("name", "child.name")(p))
print(op.methodcaller("greet", "hi")(p), op.methodcaller("greet", "yo", punct="?")(p))
print(op.methodcaller("split", ",")("a,b,c"), op.methodcaller("upper")("x"))
try:
    op.attrgetter("missing")(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    op.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
print(op.matmul.__name__, op.__add__ is op.add, op.call(max, 1, 5))
import functools
print(functools.reduce(op.mul, range(1, 6)), list(map(op.pow, [2, 3], [3, 2])))
