# dict views: keys/values/items, live updates, set operations, reversed, mapping attribute
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(sorted(i & {("b", 2), ("c", 0)}), k.isdisjoint({"q"}), k <= {"b", "c", "d", "e"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
try:
    for key in d.keys():
        del d["b"]
except RuntimeError as e:
    print(e)
print(v == v, d.values() == d.values())
print(dict(zip("xyz", range(3))).items())
