# str basics: indexing, slicing, concatenation, common methods
s = "Hello, World"
print(s[0], s[-1], s[2:5], s[::-1], s[::2], s[100:], s[-3:], len(s))
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith("Hell"), s.endswith(("x", "ld")))
print(s.replace("l", "L"), s.replace("l", "", 2), s.split(", "), "a b  c".split(), "a,b,,c".split(","))
print("-".join(["x", "y", "z"]), "  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip())
print("abc" * 3, "a" + "b", "%d" if False else "ok", "ab" in "cab")
print("42".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Ab".islower(), "AB".isupper())
print("x".center(5, "*"), "x".ljust(3, "-"), "x".rjust(3, "-"), "42".zfill(5), "-42".zfill(5))
print("a\tb\nc", repr("a\tb\nc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("line1\nline2\r\nline3".splitlines(), "a=b=c".partition("="), "a=b=c".rpartition("="))
print(ord("A"), chr(97), chr(0x263A), "ü".encode() if False else "é", len("日本語"), "日本語"[1])
