# strip family, justification, zfill, expandtabs, removeprefix/removesuffix
s = "xx--hello--xx"
print(s.strip("x"), s.strip("x-"), s.lstrip("x-"), s.rstrip("-x"), s.strip(""), s.strip(None))
print(repr(" \t\n a b \r\n".strip()), repr("\u2003x\u2003".strip()), repr("abc".strip("cba")))
for w in [0, 3, 7, 8]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"))
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "abc".zfill(5), "".zfill(3), "-".zfill(3))
try:
    "a".center(5, "xy")
except TypeError as e:
    print(e)
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "file.txt".removesuffix(".txt"), "a".removesuffix(""))
