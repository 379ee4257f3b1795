# min/max with key/default, sum with start, any/all, and their error messages
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("b", "ab", key=len), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), min([3, -4, 2], key=abs), max({"a": 1, "b": 3}, key={"a": 1, "b": 3}.get))
print(max([1, 2], default=0), max([], key=abs, default=None), max([2, 2.0, 2], key=float))
for call in [lambda: max(1), lambda: max(), lambda: max(1, 2, default=0), lambda: min(1, "a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], start=5), sum([1.5, 2], 1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(sum([True, True, False]), sum((x for x in range(4)), -1), sum([2 ** 64, 1]), sum([1j, 2]))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any(iter([0, 3])), all(x > 0 for x in [1, -1, 1 / 1]))
print(max(range(10), key=lambda x: (x % 3, -x)), min("aAbB", key=str.lower))
