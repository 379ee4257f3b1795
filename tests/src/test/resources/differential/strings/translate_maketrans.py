# str.maketrans in its three forms and str.translate with deletions and mapping objects
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}))
class Upper:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()
print("axbxc".translate(Upper()))
for bad in [("ab", "c"), ({"ab": 1},), (1,)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print(e)
print("日本語".translate({ord("本"): "-"}))
