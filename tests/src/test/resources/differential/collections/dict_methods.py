# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and merge operators
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0), d.setdefault("y", []), d.setdefault("x", 99), d)
d["y"].append(1)
print(d.pop("y"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(c=30)
print(d, d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
m = {"a": 1}
m |= {"b": 2}
m |= [("c", 3)]
print(m)
try:
    {} | [("a", 1)]
except TypeError as e:
    print(e)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"z": 0}, y=1), dict())
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(e)
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, list({3: 0, 1: 0, 2: 0}))
