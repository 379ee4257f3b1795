# bytes/bytearray search, split, strip, justify and predicate methods with ranges
b = b"hello world, hello bytes"
print(b.find(b"hello"), b.find(b"hello", 1), b.find(b"o", 5, 8), b.rfind(b"hello"), b.rfind(b"l", 0, 4))
print(b.find(111), b.count(b"l"), b.count(b"l", 3, 10), b.count(b""), b.index(b"w"), b.rindex(b"o", 0, 10))
print(b.startswith(b"hell"), b.startswith((b"x", b"world"), 6), b.endswith(b"bytes", 0), b.endswith(b"hello", 0, 5))
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b" a  b ".split(b" "))
print(b.partition(b", "), b.rpartition(b"hello"), b.partition(b"zz"), b.rpartition(b"zz"))
print(b"  pad\t\n".strip(), b"xxdataxx".strip(b"x"), b"..a..".lstrip(b"."), b"..a..".rstrip(b"."))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(5, b"0"), b"-12".zfill(6), b"\t1\t22".expandtabs(4))
print(b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"ABC".lower(), b"abc".upper())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"Title Case".istitle(), b"UP".isupper(), b"".isalpha())
print(b"a,b,,c".split(b","), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"abc".replace(b"b", b"BB"), b"aaa".replace(b"a", b"b", 2))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"hex".hex(), b"hex".hex(":"), bytes.fromhex("de ad be ef"))
print(b"\x00\xff".hex(), b"abcdef".hex("-", 2), bytes.maketrans(b"ab", b"xy"), b"abcab".translate(bytes.maketrans(b"ab", b"xy")))
print(b"abc".translate(None, b"b"), b"a%sb%d" % (b"X", 5), b"%r" % "s" if False else b"%5.1f|" % 2.25)
ba = bytearray(b"mutable data")
ba[0:7] = b"M"
print(ba, ba.find(b"data"), ba.upper(), ba.split(), type(ba.split()[0]).__name__)
ba.extend(b"!!")
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba.count(b"!"), ba.strip(b"!"), ba.replace(b"a", b""))
ba.remove(ord("d"))
ba.reverse()
print(ba, ba.index(b"M"), bytearray(3), bytearray([1, 2]) + b"\x03", bytearray(b"ab") * 2)
del ba[::2]
print(ba, len(ba))
for bad in [lambda: b.index(b"zz"), lambda: b.find("str"), lambda: b"a".join(["s"]), lambda: b.split(b""),
            lambda: bytearray(b"x").remove(7), lambda: b.count(256), lambda: bytes.fromhex("zz"), lambda: b"x".center(3, b"ab"),
            lambda: bytearray().pop(), lambda: b"abc"[5], lambda: bytes([256]), lambda: bytearray(b"a").index(ord("z"))]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
