import _operator
import operator

print(operator.add(1, 2), operator.itemgetter(1)("abc"), operator.attrgetter("real")(3))
for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"", b""), (b"a", b"ab"), ("abc", "abc"), ("abc", "abx"), (bytearray(b"ab"), b"ab"),
             (memoryview(b"xy"), bytearray(b"xy")), (b"a", 1), (1, b"a"), ("a", b"a"), (b"a", "a"), (1, 2), ("é", "é"), (None, "a")]:
    try:
        print(type(a).__name__, type(b).__name__, _operator._compare_digest(a, b))
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, "TypeError:", e)
