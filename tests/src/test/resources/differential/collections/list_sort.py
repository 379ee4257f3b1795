# list.sort and sorted: key, reverse, stability, mixed types errors, and mutation during sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 2.5, -7, 0, 10 ** 20, True]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted([], reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
lst = [5, 4, 3]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
r = [1, 2, 3]
print(r.sort(), r, list(reversed(r)))
