# memoryview over bytes and bytearray: attributes, indexing, slicing, assignment, cast, release


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = b"abcdef"
m = memoryview(data)
print(type(m).__name__, len(m), m[0], m[-1], m.obj is data, m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.tobytes(), m.tolist(), m.hex(), m.hex(":", 2), bytes(m), list(m))
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s.obj is data, s.shape, s[0], s[-1])
e = m[::2]
print(e.tobytes(), e.strides, e.contiguous, e.tolist(), m[::-1].tobytes(), m[::-2].strides, m[4:1].tobytes(), len(m[4:1]))
print(m[1:5][1:3].tobytes(), m[::2][::-1].tobytes())
show(lambda: m[...])
show(lambda: m[6])
show(lambda: m[-7])
show(lambda: m["x"])
show(lambda: m.__setitem__(0, 1))
show(lambda: m.__delitem__(0))
show(lambda: memoryview("text"))
show(lambda: memoryview(5))

# equality and hashing
print(m == data, m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m == b"abc", m != b"x", m == "abcdef", m == m)
print(m[1:3] == b"bc", memoryview(b"") == b"", hash(m) == hash(data), hash(m[::2]) == hash(b"ace"))
show(lambda: m < m)
show(lambda: hash(memoryview(bytearray(b"x"))))

# over a bytearray: writes are shared both ways
ba = bytearray(b"hello world")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 72
w[6:11] = b"WORLD"
print(ba)
ba[1] = 69
print(w[1], w.tobytes())
sub = w[6:]
sub[0:2] = bytearray(b"wo")
sub[-1] = ord("!")
print(ba, sub.tobytes())
step = w[::2]
step[:] = b"______"
print(ba)
show(lambda: w.__setitem__(0, 256))
show(lambda: w.__setitem__(0, -1))
show(lambda: w.__setitem__(0, b"x"))
show(lambda: w.__setitem__(0, 1.0))
show(lambda: w.__setitem__(slice(0, 3), b"ab"))
show(lambda: w.__setitem__(slice(0, 3), "abc"))
show(lambda: w.__delitem__(0))
w[:3] = memoryview(b"xyz")
print(ba)
ro = w.toreadonly()
print(ro.readonly, ro.tobytes() == ba, ro == w)
show(lambda: ro.__setitem__(0, 1))

# release and context manager
r = memoryview(b"xyz")
r.release()
r.release()
print(repr(r).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
show(lambda: len(r))
show(lambda: r[0])
show(lambda: r.tobytes())
show(lambda: r.format)
show(lambda: bytes(r))
print(r == r, r == memoryview(b"xyz"))
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm[0])
show(lambda: cm.tolist())
show(lambda: cm.__enter__())

# cast
c = memoryview(b"\x01\x02\x03\x04\x05\x06\x07\x08")
print(c.cast("c").tolist()[:2], c.cast("b").tolist(), c.cast("B").format, c.cast("@B").format)
print(c.cast("H").tolist(), c.cast("I").tolist(), c.cast("Q").tolist(), len(c.cast("I")), c.cast("I").itemsize, c.cast("I").nbytes, c.cast("I").strides)
print(c.cast("i").cast("B").tolist(), c.cast("h", [4]).shape, c.cast("c")[0], c.cast("b")[-1])
print(memoryview(b"\xff\xfe").cast("b").tolist(), memoryview(bytes(8)).cast("d").tolist(), memoryview(b"\x00\x00\x80?").cast("f").tolist(), memoryview(b"\x00\x01").cast("?").tolist())
show(lambda: c.cast("x"))
show(lambda: c.cast("I").cast("H"))
show(lambda: memoryview(b"abc").cast("I"))
show(lambda: c[::2].cast("B"))
show(lambda: c.cast(1))
show(lambda: c.cast("I", [3]))
wi = memoryview(bytearray(8)).cast("I")
wi[0] = 0x01020304
wi[1] = 7
print(wi.obj, wi.tolist())
show(lambda: wi.__setitem__(0, -1))
show(lambda: wi.__setitem__(0, 2**32))
show(lambda: wi.__setitem__(slice(0, 1), b"abcd"))
show(lambda: hash(memoryview(b"abcd").cast("I")))
print(memoryview(b"ab").cast("c") == memoryview(b"ab"), memoryview(b"\x01\x00\x00\x00").cast("I") == memoryview(b"\x01\x00\x00\x00").cast("I"))

# memoryview of memoryview, iteration, bytes-like uses
mm = memoryview(m)
print(mm.tobytes(), mm.obj is data, list(iter(memoryview(b"\x01\x02"))), type(iter(m)).__name__)
print(b"-".join([memoryview(b"a"), memoryview(b"b")]), bytearray(memoryview(b"q")), memoryview(b"abc")[1:].tobytes().upper())
print(b"xbcx".find(memoryview(b"bc")), bytes(memoryview(bytearray(b"ba"))), str(memoryview(b"caf\xc3\xa9"), "utf-8"))
