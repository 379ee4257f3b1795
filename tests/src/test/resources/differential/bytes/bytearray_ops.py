# bytearray: construction, mutation, slice assignment and deletion, in-place operators


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"abc"), bytearray("é", "utf-8"), bytearray(memoryview(b"mv")), bytearray(range(3)))
show(lambda: bytearray("abc"))
show(lambda: bytearray([256]))
show(lambda: bytearray(-1))
show(lambda: bytearray(1.5))
show(lambda: bytearray(5, "utf-8"))
show(lambda: bytearray(errors="x"))
for v in [b"'", b'"', b"'\"", b"a\\b\x00\xff"]:
    print(repr(bytearray(v)), str(bytearray(v)))

a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
print(a, a[0], a[-1], a[1:3], type(a[1:3]).__name__, a[::-1])
show(lambda: a.__setitem__(0, 256))
show(lambda: a.__setitem__(0, "x"))
show(lambda: a.__setitem__(10, 1))
show(lambda: a[10])
show(lambda: a["x"])

# slice assignment with resizing, extended slices
b = bytearray(b"0123456789")
b[2:5] = b"abcdef"
print(b)
b[2:8] = b""
print(b)
b[:0] = b"<<"
b[len(b):] = bytearray(b">>")
print(b)
b[::2] = b"#" * 6
print(b)
b[1::3] = [120, 121, 122, 119]
print(b)
b[3:3] = memoryview(b"MV")
print(b)
b[:] = b
print(b)
b[2:4] = (x for x in [65, 66, 67])
print(b)
show(lambda: b.__setitem__(slice(None, None, 2), b"xx"))
show(lambda: b.__setitem__(slice(0, 2), 5))
show(lambda: b.__setitem__(slice(0, 2), "ab"))
show(lambda: b.__setitem__(slice(0, 2), [300]))

# deletion
c = bytearray(b"abcdefghij")
del c[0]
del c[-1]
print(c)
del c[1:3]
print(c)
del c[::2]
print(c)
del c[10:]
print(c)
show(lambda: c.__delitem__(100))

# list-like methods
d = bytearray(b"xyz")
d.append(33)
d.extend(b"AB")
d.extend([49, 50])
d.extend(bytearray(b"!"))
d.extend(x for x in (65,))
d.extend(memoryview(b"m"))
d.insert(0, 60)
d.insert(-1, 62)
d.insert(100, 46)
d.insert(-100, 44)
print(d, len(d))
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(ord("A"))
print(d)
d.reverse()
print(d)
e = d.copy()
e.append(0)
print(d, e, e is d, type(e).__name__)
d.clear()
print(d, len(d))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"a").pop(5))
show(lambda: bytearray(b"a").remove(98))
show(lambda: bytearray(b"a").append(256))
show(lambda: bytearray(b"a").append("b"))
show(lambda: bytearray(b"a").extend(5))
show(lambda: bytearray(b"a").extend("bc"))
show(lambda: bytearray(b"a").extend([1, 999]))
show(lambda: bytearray(b"a").insert(0, -1))

# in-place operators keep identity
f = bytearray(b"ab")
g = f
f += b"cd"
f += bytearray(b"e")
f += memoryview(b"f")
print(f, g is f)
f *= 2
print(f, g is f)
f *= 0
print(f, g is f, len(g))
show(lambda: bytearray(b"a").__iadd__("b"))
h = bytearray(b"x")
try:
    h += "y"
except TypeError as ex:
    print("TypeError:", ex)
print(bytearray(b"ab") + b"cd", type(bytearray(b"ab") + b"cd").__name__, b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"ab") * 2, 3 * bytearray(b"-"), bytearray(b"x") * -2)

# comparison, hashing, iteration
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") == memoryview(b"abc"), bytearray(b"a") == "a")
print(bytearray(b"abc") < b"abd", bytearray(b"b") > memoryview(b"a"), bytearray(b"ab") <= bytearray(b"ab"))
show(lambda: hash(bytearray(b"x")))
show(lambda: {bytearray(b"x"): 1})
show(lambda: bytearray(b"a") < "b")
print(bytearray.__hash__ is None, list(bytearray(b"\x01\x02")), type(iter(bytearray())).__name__)
it_src = bytearray(b"ab")
it = iter(it_src)
print(next(it))
it_src.append(99)
print(list(it))
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"x") in bytearray(b"xyz"))
print(bytearray(b"abc").__alloc__() >= 3, bytearray().__alloc__())


class BA(bytearray):
    pass


z = BA(b"sub")
z.append(33)
print(z, repr(z), type(z).__name__, type(z.copy()).__name__, type(z + b"x").__name__, type(z[0:1]).__name__)
print(bytearray(b"x").__reduce__(), BA(b"q").__reduce_ex__(4)[1:], bytearray(b"\xff").__reduce_ex__(2))
cls, args, state = BA(b"re").__reduce_ex__(4)
print(cls(*args), type(cls(*args)).__name__, state)
z.tag = 1
print(z.__reduce_ex__(2)[2])
