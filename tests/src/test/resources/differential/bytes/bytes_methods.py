# every public method of bytes (and the same methods on bytearray)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for T in (bytes, bytearray):
    print("=====", T.__name__)
    s = T(b"Hello World, hello bytes")
    # search
    print(s.find(b"llo"), s.find(b"llo", 5), s.find(b"llo", 5, 10), s.find(b"zz"), s.find(108), s.find(b""), s.find(b"", 30))
    print(s.rfind(b"llo"), s.rfind(b"l", 0, 5), s.rfind(111), s.find(b"o", -5), s.rfind(b"o", -100, -3))
    print(s.index(b"World"), s.rindex(b"l"), s.count(b"l"), s.count(b"l", 5), s.count(b""), s.count(108), s.count(b"ll", 0, 3))
    print(s.find(memoryview(b"World")), s.find(bytearray(b"World")), s.find(b"o", None, None), s.count(b"", 30))
    show(lambda: s.index(b"zz"))
    show(lambda: s.rindex(b"zz"))
    show(lambda: s.find("l"))
    show(lambda: s.find(256))
    show(lambda: s.count(1.5))
    show(lambda: s.find(b"l", "x"))
    print(s.startswith(b"Hello"), s.startswith(b"World", 6), s.startswith((b"x", b"He")), s.endswith(b"bytes"), s.endswith(b"World", 0, 11), s.endswith(()))
    print(s.startswith(b""), s.startswith(b"", 24), s.startswith(b"", 25), s.endswith(b"s", -1), s.startswith(bytearray(b"H")))
    show(lambda: s.startswith("H"))
    show(lambda: s.endswith(["H"]))
    show(lambda: s.startswith(("H",)))
    # replace, partition
    print(s.replace(b"l", b"L"), s.replace(b"l", b"", 2), s.replace(b"", b"-"), s.replace(b"", b"-", 3), s.replace(b"zz", b"y"), s.replace(b"l", b"L", 0))
    print(T(b"aaa").replace(b"a", b"bb"), T(b"").replace(b"", b"x"), s.replace(b"o", b"0", -1))
    show(lambda: s.replace("l", b"L"))
    print(s.partition(b" "), s.partition(b"zz"), s.rpartition(b" "), s.rpartition(b"zz"))
    show(lambda: s.partition(b""))
    show(lambda: s.partition("x"))
    # split
    print(s.split(), s.split(b" "), s.split(b"l"), s.split(b"l", 2), s.split(maxsplit=1), s.split(b"ll", maxsplit=-1), s.split(sep=b","))
    print(s.rsplit(), s.rsplit(b" ", 1), s.rsplit(b"l", 2), s.rsplit(maxsplit=2), T(b"  a  b  ").split(), T(b"  a  b  ").rsplit(None, 1), T(b"").split(), T(b"").split(b","))
    print(T(b" \t\n\r\x0b\x0ca\xa0b").split(), T(b"a,b,,c,").split(b","), T(b"a,b,,c,").rsplit(b",", 1))
    show(lambda: s.split(b""))
    show(lambda: s.split("x"))
    print(T(b"l1\nl2\r\nl3\rl4\n\nend").splitlines(), T(b"l1\nl2\r\n").splitlines(True), T(b"x\x0by\x0cz").splitlines(), T(b"").splitlines(), T(b"\n").splitlines(keepends=True))
    # strip
    p = T(b"  \t xx yy \n ")
    print(p.strip(), p.lstrip(), p.rstrip(), p.strip(b" x"), T(b"xxhixx").strip(b"x"), T(b"abcba").lstrip(b"ab"), T(b"abcba").rstrip(b"ab"), p.strip(None))
    show(lambda: p.strip("x"))
    print(s.removeprefix(b"Hello "), s.removeprefix(b"xyz"), s.removesuffix(b" bytes"), s.removesuffix(b""), s.removeprefix(b""))
    show(lambda: s.removeprefix("H"))
    # case
    m = T(b"hELLo wORLD 123 \xe9\xc9 o'neil")
    print(m.lower(), m.upper(), m.swapcase(), m.title(), m.capitalize())
    print(T(b"").capitalize(), T(b"123abc").capitalize(), T(b"they're bill's").title())
    # predicates
    for v in [b"", b"abc", b"ABC", b"Abc", b"Abc Def", b"abc1", b"123", b" \t\n", b"a b", b"\xe9", b"ABC1", b"Ab Cd1", b"aB"]:
        x = T(v)
        print(v, x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isupper(), x.isspace(), x.istitle())
    # padding
    print(T(b"ab").center(7), T(b"ab").center(7, b"*"), T(b"abc").center(6, b"-"), T(b"abc").center(2), T(b"ab").ljust(5, b"."), T(b"ab").rjust(5), T(b"ab").ljust(1))
    print(T(b"42").zfill(5), T(b"-42").zfill(5), T(b"+42").zfill(2), T(b"").zfill(3), T(b"a\tbc\td").expandtabs(), T(b"a\tbc\td").expandtabs(4), T(b"a\tb\nc\td").expandtabs(tabsize=2), T(b"\t").expandtabs(0))
    show(lambda: T(b"ab").center(5, "x"))
    show(lambda: T(b"ab").ljust(5, b"xy"))
    show(lambda: T(b"ab").rjust("5"))
    # join
    print(T(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]), T(b"").join([]), T(b"-").join(T(b"x") for _ in range(3)), T(b"").join((b"p", b"q")))
    show(lambda: T(b",").join([b"a", "b"]))
    show(lambda: T(b",").join([b"a", 1]))
    show(lambda: T(b",").join(5))
    # translate / maketrans
    table = T.maketrans(b"abc", b"xyz")
    print(len(table), type(table).__name__, table[97:100], s.translate(table), T(b"abcabc").translate(table, b"b"), T(b"abc").translate(None, b"ac"), T(b"abc").translate(None))
    print(T(b"hello").translate(bytes.maketrans(b"", b""), delete=b"l"))
    show(lambda: T(b"x").translate(b"short"))
    show(lambda: T.maketrans(b"ab", b"c"))
    show(lambda: T.maketrans("ab", "cd"))
    # decode and hex
    print(T(b"caf\xc3\xa9").decode(), T(b"caf\xe9").decode("latin-1"), T(b"abc").decode(encoding="ascii"), T(b"\xff").decode("utf-8", errors="replace"))
    print(T(b"\x01\xab\xff").hex(), T(b"abcdef").hex(":"), T(b"abcdef").hex("-", 2), T(b"abcde").hex(b" ", -2), T(b"").hex(), T(b"ab").hex(":", 0))
    print(T.fromhex("01 ab ff"), T.fromhex(""), T.fromhex("  DEAD beef\n"), type(T.fromhex("00")).__name__)
    show(lambda: T.fromhex("0"))
    show(lambda: T.fromhex("zz"))
    show(lambda: T.fromhex("a b"))
    show(lambda: T.fromhex(b"ab"))
    show(lambda: T(b"ab").hex("::"))
    show(lambda: T(b"ab").hex(1))
    # the results of bytearray methods are new objects of the same type
    print(type(s.upper()).__name__, type(s.split()[0]).__name__, type(s.partition(b" ")[0]).__name__, type(s.strip()).__name__, s.strip() is s)


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


print(type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("41"), type(MyArray.fromhex("42")).__name__, MyArray.fromhex("42"))
print(type(MyBytes(b"a b").split()[0]).__name__, type(MyArray(b"a b").split()[0]).__name__)
print(bytes.maketrans is bytearray.maketrans, bytes.maketrans(bytearray(b"a"), memoryview(b"b"))[97])
