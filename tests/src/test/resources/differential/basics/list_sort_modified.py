# list.sort: the list looks empty while it is sorted, and a change made meanwhile is an error
from functools import cmp_to_key
L = list(range(10))
seen = []
def mutating_cmp(x, y):
    seen.append(len(L))
    L.append(3)
    del L[0]
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print("ValueError:", e)
print(set(seen), len(L))
class SortKiller:
    def __init__(self, x):
        if x > 2:
            raise RuntimeError
    def __lt__(self, o): return False
data = list(range(10))
try:
    data.sort(key=SortKiller)
except RuntimeError:
    print("RuntimeError", data)
M = [3, 1, 2]
def peek(x):
    print("during sort:", M)
    return x
M.sort(key=peek)
print(M)
class Del:
    def __init__(self, x): self.x = x
    def __lt__(self, o):
        data2.clear()
        return self.x < o.x
data2 = [Del(i) for i in range(5)]
try:
    data2.sort()
except ValueError as e:
    print("ValueError:", e)
print(len(data2))
