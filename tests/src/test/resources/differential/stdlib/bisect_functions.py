import _bisect
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 5), bisect.bisect_right(a, x, lo=1, hi=4))
print(bisect.bisect_left is _bisect.bisect_left, bisect.insort is _bisect.insort_right)

pairs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
for k in [0, 1, 3, 5, 7, 8]:
    print(k, bisect.bisect_left(pairs, k, key=lambda p: p[1]), bisect.bisect_right(pairs, k, key=lambda p: p[1]))
bisect.insort(pairs, ("e", 3), key=lambda p: p[1])
bisect.insort_left(pairs, ("f", 3), key=lambda p: p[1])
print(pairs)

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(b, v)
    bisect.insort_right(b, v + 0.5)
print(b)
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect("abcdef", "c"))


class Seq:
    def __init__(self):
        self.items = [10, 20, 30]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


s = Seq()
bisect.insort(s, 25)
print(s.items)


class SubList(list):
    def insert(self, i, x):
        print("sub insert", i, x)
        super().insert(i, x)


sl = SubList([1, 3])
bisect.insort(sl, 2)
print(sl)

for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, "a"], 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
