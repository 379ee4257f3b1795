# bytes: construction, repr, indexing, slicing, iteration, comparison, hashing, + * in


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# constructors
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(97, 100)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("x", encoding="latin-1", errors="strict"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytes(x for x in [104, 105]), bytes({7: 1}), bytes(True))


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class Idx:
    def __index__(self):
        return 2


print(bytes(WithBytes()), bytes(Idx()))
show(lambda: bytes(BadBytes()))
show(lambda: bytes("abc"))
show(lambda: bytes("abc", "nope"))
show(lambda: bytes(1, "utf-8"))
show(lambda: bytes(b"x", "utf-8"))
show(lambda: bytes(errors="strict"))
show(lambda: bytes(encoding="utf-8"))
show(lambda: bytes("a", errors="strict"))
show(lambda: bytes([1, 256]))
show(lambda: bytes([-1]))
show(lambda: bytes(["a"]))
show(lambda: bytes(-1))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes(object()))

# repr and str
for b in [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(0, 256, 15))]:
    print(repr(b), str(b))
print(b"a" b"b", f"{b'x'}", "%s %r" % (b"y", b"z"))

# indexing and slicing
b = b"hello world"
print(b[0], b[-1], b[4], b[1:4], b[::-1], b[::2], b[-5:], b[100:], b[3:1], b[Idx()])
print(type(b[0]).__name__, type(b[1:2]).__name__)
show(lambda: b[11])
show(lambda: b[-12])
show(lambda: b["x"])
show(lambda: b[1.0])
print(list(b"abc"), [x for x in b"\x00\xff"], tuple(iter(b"hi")))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(len(b), len(b""), bool(b""), bool(b"\x00"))

# comparison
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"b" >= b"a", b"a" <= b"a")
print(b"abc" == "abc", b"abc" == bytearray(b"abc"), b"abc" == memoryview(b"abc"), b"a" == 97)
print(b"a" < bytearray(b"b"), bytearray(b"a") < b"b")
show(lambda: b"a" < "b")
show(lambda: b"a" < 1)
print(sorted([b"b", b"a", b"ab", b""]), max(b"xyz"), min(b"xyz"))

# hashing
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()), hash(b"abc") == hash(b"ab" + b"c"))
d = {b"k": 1, b"k2": 2}
print(d[b"k"], d[bytes([107])], b"k2" in d, {b"a", b"a", b"b"} == {b"a", b"b"})

# + * in
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1)
show(lambda: b"ab" + "cd")
show(lambda: "ab" + b"cd")
show(lambda: b"ab" + 1)
show(lambda: b"ab" * "x")
show(lambda: b"ab" * 1.5)
x = b"a"
x += b"b"
x *= 2
print(x)
print(98 in b"abc", b"bc" in b"abc", b"" in b"abc", b"cb" in b"abc", bytearray(b"a") in b"abc", memoryview(b"c") in b"abc")
show(lambda: "a" in b"abc")
show(lambda: 256 in b"abc")
show(lambda: -1 in b"abc")
show(lambda: None in b"abc")


# subclasses
class B(bytes):
    def extra(self):
        return len(self) * 10


s = B(b"sub")
print(s, type(s).__name__, s.extra(), s == b"sub", isinstance(s, bytes), hash(s) == hash(b"sub"))
print(type(s + b"x").__name__, type(s[0:2]).__name__, type(s.upper()).__name__, type(bytes(s)).__name__)
s.attr = 5
print(s.attr, B(), B([65]), B("é", "utf-8"))


class B2(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print(B2(b"xy"), type(B2(b"q")).__name__)
print(b"abc".__getnewargs__(), b"x".__bytes__(), type(s.__bytes__()).__name__)
print(isinstance(b"", bytes), issubclass(bytes, object), bytes.__name__, type(b"").__name__)
