# str search methods: find/rfind/index/rindex/count/startswith/endswith with bounds
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 8), s.count(sub, 1, -1))
print(s.index("c"), s.rindex("a"), s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12))
for args in [("z",), ("a", 20)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith("a", 5, 6))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(()), s.endswith(("ra", "zz")))
try:
    s.startswith(["a"])
except TypeError as e:
    print(e)
print("a" in s, "cada" in s, "" in s, "dab" not in s)
print("aaaa".count("aa"), "".count(""), "abc".count(""), "日本日本".find("本", 2))
print(s.find(None) if False else s.find("b", None, None))
