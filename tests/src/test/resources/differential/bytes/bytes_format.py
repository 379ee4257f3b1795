# bytes % args, int.to_bytes / int.from_bytes, and builtins that accept bytes-like objects


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class HasBytes:
    def __bytes__(self):
        return b"<hb>"


print(b"%s and %b" % (b"x", bytearray(b"y")), b"%s" % memoryview(b"mv"), b"%s" % HasBytes(), b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"efgh"))
print(b"%d %i %u %x %X %o %#x %#o %+d % d %05d %-4d| %3c %c" % (42, -7, 3, 255, 255, 8, 255, 8, 5, 5, -42, 7, 65, b"B"))
print(b"%f %.2f %e %g %G %10.3f %-10.1e|" % (1.5, 3.14159, 12345.678, 0.0001, 1e20, 2.5, 7.0))
print(b"%r %a" % ("\xe9", b"\x00"), b"%r" % [1, "x"], b"%%", b"%c" % 255, b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%s" % (b"tuple",))
print(bytearray(b"%s:%d") % (b"k", 1), type(bytearray(b"%s") % b"v").__name__, b"no args" % (), b"%s" % [b"list"][0])
show(lambda: b"%s" % "str")
show(lambda: b"%b" % 1)
show(lambda: b"%c" % 256)
show(lambda: b"%c" % b"ab")
show(lambda: b"%c" % "a")
show(lambda: b"%d" % b"1")
show(lambda: b"%x" % 1.5)
show(lambda: b"%y" % 1)
show(lambda: b"%s %s" % b"a")
show(lambda: b"%s" % (b"a", b"b"))
show(lambda: b"%(x)s" % {"x": b"1"})
show(lambda: b"%(x)s" % (b"1",))
show(lambda: b"abc" % 5)
print(b"%s" % {b"k": 1} if False else b"dict ok", b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))

# int.to_bytes / from_bytes
for n in [0, 1, 255, 256, 65535, 2**31, 2**64 + 5]:
    print(n, n.to_bytes(10, "big"), n.to_bytes(10, "little"), n.to_bytes((n.bit_length() + 7) // 8 or 1, "big"))
for n in [-1, -128, -129, 127, -2**63]:
    print(n, n.to_bytes(9, "big", signed=True), n.to_bytes(9, byteorder="little", signed=True))
print((5).to_bytes(), (1024).to_bytes(2), (0).to_bytes(0, "big"), True.to_bytes(1, "big"))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (-129).to_bytes(1, "big", signed=True))
show(lambda: (-1).to_bytes(2, "little"))
show(lambda: (1).to_bytes(-1, "big"))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: (1).to_bytes(1, 5))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True), int.from_bytes(memoryview(b"\x02"), "big"))
print(int.from_bytes(bytes(range(20)), "big"), int.from_bytes(b"\x00" * 9 + b"\x80", "little", signed=True), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)


class MyInt(int):
    pass


print(type(MyInt.from_bytes(b"\x07", "big")).__name__, MyInt.from_bytes(b"\x07", "big"))
show(lambda: int.from_bytes("ab", "big"))
show(lambda: int.from_bytes(b"a", "sideways"))
show(lambda: int.from_bytes(5, "big"))
for v in [0, 1, 12345678901234567890, -98765]:
    for size in [16]:
        assert int.from_bytes(v.to_bytes(size, "little", signed=True), "little", signed=True) == v
print("round trips ok")

# builtins taking bytes-like objects
print(ord(b"a"), ord(bytearray(b"\xff")), int(b"42"), int(bytearray(b" -7 ")), int(memoryview(b"10")), int(b"ff", 16), int(bytearray(b"0x10"), 0), float(b"1.5"), float(bytearray(b" 2e3 ")))
show(lambda: ord(b"ab"))
show(lambda: ord(b""))
show(lambda: int(b"x1"))
show(lambda: int(bytearray(b"1.5")))
show(lambda: int(memoryview(b"1"), 10))
show(lambda: float(b"abc"))
show(lambda: sum([b"a"], b""))
show(lambda: sum([], bytearray()))
print(len(b"abc"), len(bytearray(4)), len(memoryview(b"ab")), sorted(b"cab"), reversed(b"ab").__class__.__name__, list(reversed(bytearray(b"ab"))))
print(list(enumerate(b"ab")), list(zip(b"ab", bytearray(b"cd"))), any(b"\x00\x01"), all(b"\x00"), max(bytearray(b"az")), b"".join(map(bytes, [[65], [66]])))
print(compile(b"x = 1 + 1", "<bytes>", "exec") is not None, eval(b"2 * 21"), eval(bytearray(b"'ok'")))
print(isinstance(memoryview(b""), object), bytes.__mro__, bytearray.__mro__, memoryview.__mro__)
d = {}
exec(b"y = b'exec'", d)
print(d["y"])
