# str.find/rfind/index/rindex/count with start and end, on ASCII, BMP and astral text,
# including long strings (searched in place, not copied).
texts = [
    "abracadabra",
    "h\u00e9llo w\u00f6rld h\u00e9llo",
    "\U0001F600a\U0001F600ba\U0001F600",
    "x" * 100 + "needle" + "y" * 100 + "needle",
    "\u4e2d\u6587" * 40 + "\U0001F40D" + "\u4e2d" * 40,
]
subs = ["a", "ab", "", "\U0001F600", "needle", "\u4e2d", "zz", "\u00e9llo"]
bounds = [(None, None), (0, None), (3, None), (-3, None), (2, 8), (-8, -2), (5, 2), (50, 300), (200, None), (-1000, 1000)]

for t in texts:
    print(len(t))
    for sub in subs:
        row = []
        for a, b in bounds:
            args = () if a is None else (a,) if b is None else (a, b)
            row.append((t.find(sub, *args), t.rfind(sub, *args), t.count(sub, *args)))
        print(repr(sub), row)

s = "ab" * 5000 + "\U0001F600" + "cd" * 5000
print(s.find("\U0001F600"), s.find("c"), s.rfind("a"), s.count("ab", 100, 9000), len(s))
i, hits = 0, 0
while True:
    i = s.find("cd", i)
    if i < 0:
        break
    hits += 1
    i += 2
print("hits", hits)
print(s[10000], s[10001], s[-1], s[9999:10003])
try:
    "abc".index("d", 1)
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rindex("a", 1)
except ValueError as e:
    print("ValueError", e)
print("abc".index("c", -1), "abcabc".rindex("abc", 0, 5), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print("aaaa".count("aa"), "aaaa".count(""), "aaaa".count("", 2), "aaaa".count("a", -2))
