# Ints and floats compare exactly even beyond 2**53; slices hash by value (3.12); a str
# subclass formats as its str(); only classes with __class_getitem__ (and type) are subscriptable.
import sys

print(sys.maxsize < float(sys.maxsize), 2**63 - 1 < 2.0**63, (2**53 + 1) == 2.0**53, (2**53 + 1) > 2.0**53)
x, y = 2**53 + 1, 2.0**53
print(x < y, x > y, y < x, y > x, x <= y, x >= y, y <= x, y >= x, x == y, x != y)
a = -(2**60) + 1
print(a < -2.0**60, a > -2.0**60, -2.0**60 < a, float(a) < a)
print(sorted([2**53 + 1, 2.0**53, 2**53 - 1, 9007199254740993.0]))
print(max(2**63 - 1, 2.0**63), min(-(2**63), -2.0**63 - 2048))


def loop_compare(n):
    # the same comparisons from a loop, after the interpreter specialised them
    hits = 0
    for i in range(n):
        big = 2**53 + 1 + i % 2
        hits += (big > 2.0**53) + (2.0**53 < big)
    return hits


print(loop_compare(3000))

print(hash(slice(5)) == hash(slice(5)), {slice(1, 2): "x"}.get(slice(1, 2)), hash(slice(1, 2, 3)) == hash((1, 2, 3)))
print(len({slice(1, 2), slice(1, 2), slice(1, 3)}))
try:
    hash(slice(1, 2, []))
    print("no error")
except TypeError as e:
    print("TypeError", e)


class Shouting(str):
    def __str__(self):
        return "STR"


print(format(Shouting("x")), f"{Shouting('x')}", "{}".format(Shouting("x")), format(Shouting("x"), ">4"), f"{Shouting('ab')!s}")

print(hasattr(int, "__class_getitem__"), type[int], type[int, str], list[int], dict[str, int])
for expr in ("int[str]", "Exception[OSError]", "object[int]"):
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError", e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


try:
    print(WithMeta[int])
except TypeError as e:
    print("TypeError", e)
