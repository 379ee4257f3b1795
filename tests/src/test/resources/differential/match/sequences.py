def f(v):
    match v:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [x, [y, z]]: return f"nested {x} {y} {z}"
        case [*_, last] if last == "end": return "ends"
        case [first, *middle, last]: return f"first {first} middle {middle} last {last}"
    return "no"
for v in [[], [1], (2,), [1, [2, 3]], [1, 2, "end"], range(5), "abc", b"ab", bytearray(b"ab"), [1, 2], {1, 2}, iter([1])]:
    print(type(v).__name__ if hasattr(v, "__next__") else repr(v), f(v))
import collections, collections.abc
print(f(collections.deque([1, 2, 3])))
class MySeq(collections.abc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(f(MySeq()))
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
