# dict operations: insertion order, views, methods, comprehensions
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("e", 5), d.setdefault("b", 99), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
del d["x"]; print(d, d.popitem(), d)
sq = {n: n * n for n in range(6) if n % 2}
print(sq, dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0))
inv = {v: k for k, v in sq.items()}
print(inv, sorted(inv.items()))
merged = {**sq, **{"new": 1}}
print(merged, {1: "a", True: "b", 1.0: "c"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print({} == {}, {"a": 1} == {"a": 1.0}, d.copy() == d, list(reversed({"p": 1, "q": 2})))
