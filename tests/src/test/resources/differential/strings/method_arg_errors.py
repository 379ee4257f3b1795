# str methods given arguments of the wrong type or value: CPython's exact messages
cases = [
    ("split int", lambda: "a b".split(1)),
    ("rsplit int", lambda: "a b".rsplit(1)),
    ("split empty", lambda: "a".split("")),
    ("rsplit empty", lambda: "a".rsplit("")),
    ("strip int", lambda: "a".strip(1)),
    ("lstrip int", lambda: "a".lstrip(1)),
    ("rstrip list", lambda: "a".rstrip([])),
    ("replace old", lambda: "a".replace(1, "a")),
    ("replace new", lambda: "a".replace("a", 1)),
    ("find", lambda: "a".find(1)),
    ("rfind", lambda: "a".rfind(None)),
    ("index", lambda: "a".index(b"a")),
    ("rindex", lambda: "a".rindex(1)),
    ("count", lambda: "a".count(1.0)),
    ("partition", lambda: "a".partition(1)),
    ("rpartition", lambda: "a".rpartition(1)),
    ("partition empty", lambda: "a".partition("")),
    ("join", lambda: ",".join(["a", 1])),
    ("join bytes", lambda: ",".join([b"x"])),
    ("startswith", lambda: "a".startswith(1)),
    ("endswith tuple", lambda: "a".endswith(("a", 1))),
    ("removeprefix", lambda: "a".removeprefix(1)),
    ("center fill", lambda: "a".center(3, 1)),
    ("center long fill", lambda: "a".center(3, "ab")),
    ("ljust width", lambda: "a".ljust("3")),
    ("zfill", lambda: "a".zfill(1.5)),
    ("expandtabs", lambda: "a".expandtabs("x")),
    ("concat", lambda: "a" + 1),
    ("repeat", lambda: "a" * "b"),
    ("repeat float", lambda: "a" * 1.5),
    ("contains", lambda: 1 in "a"),
    ("find start", lambda: "a".find("a", "x")),
    ("count end", lambda: "a".count("a", None, "y")),
    ("startswith start", lambda: "a".startswith("a", 1.0)),
    ("encode", lambda: "a".encode(1)),
    ("encode unknown", lambda: "a".encode("no-such-codec")),
    ("maketrans", lambda: str.maketrans(1)),
    ("maketrans lengths", lambda: str.maketrans("ab", "c")),
    ("format spec", lambda: "a".__format__(1)),
    ("index out", lambda: "abc"[10]),
    ("index type", lambda: "abc".__getitem__("x")),
    ("assign", lambda: "abc".__setitem__(0, "x")),
    ("int base", lambda: int("z", 10)),
    ("chr range", lambda: chr(0x110000)),
    ("ord len", lambda: ord("ab")),
]
for name, thunk in cases:
    try:
        print(name, "->", ascii(thunk()))
    except Exception as e:
        print(name, "->", type(e).__name__, e)
# values that work: bool and __index__ objects as bounds, huge bounds, None bounds
class Ix:
    def __index__(self):
        return 1
print("abcb".find("b", True), "abcb".rfind("b", Ix()), "abc".find("c", 10**30), "abc".rfind("a", -10**30), "abc".count("", None, None))
print("\U0001F600x".strip("\U0001F601") == "\U0001F600x", "a\U0001F600".rstrip("\U0001F600"), "xyx".strip("x"))
