# dict insertion order: reinsertion, deletion, update, comprehension and equality ignoring order
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d))
d["b"] = 0
print(list(d))
del d["d"]
d["d"] = 1
print(list(d), d)
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print({x: x * x for x in range(5) if x % 2}, {c: i for i, c in enumerate("aba")})
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}) == list({1: 0, 2: 0}))
d2 = dict.fromkeys("abc")
d2.update({"a": 1, "z": 2})
print(list(d2))
d3 = {"a": 1, "b": 2}
d3.pop("a")
d3["a"] = 3
print(d3, next(iter(d3)))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:5], len(big), list(big)[-1])
print({True: "a", 1: "b", 1.0: "c"})
