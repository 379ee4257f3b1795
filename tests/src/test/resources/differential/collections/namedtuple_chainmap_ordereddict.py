# collections: namedtuple API, ChainMap layering, OrderedDict ordering operations, Counter arithmetic
from collections import namedtuple, ChainMap, OrderedDict, Counter

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, p._fields, p._field_defaults, Point._make([3, 4]), p._replace(y=9), p._asdict())
print(p.x, p[0], p == (1, 0), len(p), list(p), repr(Point.x.__doc__), Point.__doc__)
x, y = Point(5, 6)
print(x, y, Point(y=2, x=1), isinstance(p, tuple), hash(p) == hash((1, 0)))
R = namedtuple("R", "a, b c", rename=False)
print(R(1, 2, 3), namedtuple("S", "ok def _x ok", rename=True)._fields)
for bad in [lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "def"), lambda: namedtuple("T", "_x"), lambda: namedtuple("1T", "a"),
            lambda: Point(1, 2, 3), lambda: Point._make([1]), lambda: p._replace(z=1), lambda: Point()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", "dflt"), "a" in cm)
cm["a"] = 100
print(over, base, cm.maps[0] is over)
child = cm.new_child({"d": 4})
print(child["d"], child["a"], child.parents["d"] if "d" in child.parents else "no d", len(child.maps))
del cm["c"]
print(over, dict(cm))
try:
    del cm["b_missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap().maps, repr(ChainMap({"k": 1}, {})), cm | {"z": 0})

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
od2 = OrderedDict(a=1, c=0, d=0)
print(od == OrderedDict(a=0, c=0, d=0), dict(od) == dict(reversed(list(od.items()))), od == {"d": 0, "c": 0, "a": 0})
print(OrderedDict([(1, 1), (2, 2)]) != OrderedDict([(2, 2), (1, 1)]), list(reversed(od)), od2.setdefault("z", 5), list(od2))
try:
    od.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(list((OrderedDict(x=1) | {"y": 2}).items()), type(OrderedDict(x=1) | {"y": 2}).__name__)

c1 = Counter("aabbbc")
c2 = Counter(a=1, b=5, d=2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, -Counter(a=-2, b=1), +Counter(a=-1, b=2))
print(c1.most_common(2), c1.total(), sorted(c1.elements()), c1["zzz"], Counter("abc") == Counter("cba"))
c1.subtract(a=5)
print(c1, c1.most_common()[-1])
c1.update({"q": 3}, z=1)
print(sorted(c1.items()))
