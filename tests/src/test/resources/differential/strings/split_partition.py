# split, rsplit, splitlines, partition and join edge cases
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", maxsplit=1), "x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print(e)
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(e)
print(",".join([]), ",".join(["a"]), "".join(["x", "y"]), "-".join("abc"), " ".join(map(str, range(4))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
print("a\tb c\u3000d\xa0e".split())
