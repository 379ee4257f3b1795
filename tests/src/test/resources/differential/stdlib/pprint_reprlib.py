# pprint and reprlib: wrapping, sorting, depth limits, recursion markers
import pprint, reprlib

data = {"zeta": list(range(30)), "alpha": {"nested": {"deep": {"deeper": [1, 2, 3]}}}, "mid": ("t" * 30, "u" * 30), "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat([1, 2, 3], width=5))
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat(b"bytes" * 20, width=30))
print(pprint.pformat({"k": [{"a": 1, "b": 2}] * 3}, indent=4, width=30))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), "ID"), pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]), pprint.saferepr(rec).replace(str(id(rec)), "ID"))
print(pprint.pformat(frozenset(range(12)), width=30))
print(pprint.pformat([[]] * 2 + [()] + [{}], width=3))
pp = pprint.PrettyPrinter(indent=2, width=20, depth=1)
print(pp.pformat([[1, [2]], {"a": {"b": 1}}]))
pprint.pp({"b": 1, "a": 2})

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list(range(10))), r.repr("a" * 50), r.repr({i: i for i in range(8)}), r.repr(set(range(9))))
print(reprlib.repr(list(range(100))), reprlib.repr("abc" * 30), reprlib.repr(tuple(range(10))), reprlib.repr(2**300))
print(reprlib.repr([[[[[1]]]]]), reprlib.repr(frozenset("abcdefghij")), reprlib.repr(b"x" * 100))

class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)
print(repr(Node()))
