# str search methods with start/end on non-ASCII and astral text (code point indexing)
s = "a\U0001F600b\u00e9\U0001F600c\u4e2d\U0001F600"
print(len(s), [hex(ord(ch)) for ch in s[:3]])
print(s.find("\U0001F600"), s.find("\U0001F600", 2), s.find("\U0001F600", 2, 4), s.find("\U0001F600", -2))
print(s.rfind("\U0001F600"), s.rfind("\U0001F600", 0, 8), s.rfind("\U0001F600", 0, 1), s.rfind(""))
print(s.index("c"), s.rindex("\u00e9"), s.count("\U0001F600"), s.count("\U0001F600", 2, -1), s.count(""))
print(s.startswith("\U0001F600", 1), s.startswith(("x", "b"), 2), s.endswith("\u4e2d", 0, -1), s.endswith(("c", "q"), 0, 6))
print(s.find("", 9), s.find("", 10), s.find("", 50), s.count("", 3, 5), s.count("", 20))
print(s[1:4], s[::-1][:3] == "\U0001F600\u4e2d\U0001F600"[::-1][:3], s[-1] == "\U0001F600")
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("\U0001F600", 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)

t = "x\U0001F600y\U0001F600z"
print(t.split("\U0001F600"), t.rsplit("\U0001F600", 1), t.partition("\U0001F600"), t.rpartition("\U0001F600"))
print(t.replace("\U0001F600", "-"), t.replace("\U0001F600", "", 1), t.replace("", "|", 3))
print("\U0001F600".center(7, "*"), "\u00e9".ljust(4, "\U0001F600"), "z".rjust(3, "\u4e2d"), "\U0001F600".zfill(4))
print("-42\U0001F600".zfill(7), "+\u00e9".zfill(4), "".zfill(2))
print(repr("a\tb\U0001F600\tc".expandtabs(4)), repr("\u4e2d\t|".expandtabs(3)), repr("ab\ncd\te".expandtabs(2)))
print("\U0001F600abc\U0001F600".strip("\U0001F600"), "xx\u00e9xx".lstrip("x"), "\u00e9\u00e9a".rstrip("a"))
print("\u00c9\u00e9\U0001F600".upper(), "\u00c9COLE".lower(), "\u00df".upper(), "\u0130".lower() == "i\u0307")
print("stra\u00dfe".casefold(), "\u01c5".swapcase(), "\u01c5".istitle(), "hello \u00e9t\u00e9".title())
print("\U0001F600".isprintable(), "\u00e9".isalpha(), "\u0663".isdigit(), "\u0663".isdecimal(), "\u00bd".isnumeric(), int("\u0663\u0664"))
print("\U0001F600".encode("utf-8"), "\U0001F600".encode("utf-16-le"), len("\U0001F600".encode("utf-16-le")))
print(sorted(["\U0001F600", "\u00e9", "z", "\u4e2d"]), max("a\U0001F600\u00e9"), min("\u4e2d\u00e9"))
print("a\U0001F600b".join("xyz"), "\U0001F600" in s, s.isascii(), "abc".isascii())
print(list(reversed("a\U0001F600\u00e9")), "\U0001F600" * 3, "".join(sorted("cab\U0001F600")))
e_acute = "\u00e9"
print("{:\U0001F600^7}".format("mid"), f"{e_acute:>3}|", "%5s|" % "\U0001F600")
print(ascii(s), repr("\U0001F600\x00\u200b"))
