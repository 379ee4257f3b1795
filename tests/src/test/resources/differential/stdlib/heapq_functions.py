import _heapq
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data)
heapq.heapify(h)
print(h, heapq.heapreplace(h, 10), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [4, 1], reverse=True)))
print(heapq.heappush is _heapq.heappush)
m = list(data)
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 100), m)

t = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(t)
print([heapq.heappop(t) for _ in range(4)])


class Cmp:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Cmp.count += 1
        return self.v < other.v


objs = [Cmp(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5]]
heapq.heapify(objs)
print([o.v for o in objs], Cmp.count)
heapq.heappush(objs, Cmp(0))
print([heapq.heappop(objs).v for _ in range(len(objs))], Cmp.count)

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
            lambda: heapq.heapify([1, "a", 2])]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
