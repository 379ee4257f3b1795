# sorting: stability, key functions, reverse keeps stability, mixed types errors, sort in place semantics
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]) == sorted(records, key=lambda r: (r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 2.5, -7, 0, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [5, 2, 9, 1]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({"b", "a"}), sorted(range(5), key=lambda i: -i))
print(sorted([[2, 1], [1, 2], [1, 1, 0], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [{1}, {2}].sort(key=None) or print("sets sort by subset order")
except TypeError as e:
    print(type(e).__name__, e)

class Card:
    order = 0
    def __init__(self, rank):
        self.rank = rank
        Card.order += 1
        self.seq = Card.order
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return "%d#%d" % (self.rank, self.seq)
cards = [Card(r) for r in [3, 1, 3, 2, 1, 3]]
print(sorted(cards), min(cards), max(cards))
mutating = [3, 1, 2]
def bad_key(v):
    mutating.append(v)
    return v
try:
    mutating.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
big = list(range(1000, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:12], big[-3:])
print(sorted([0.0, -0.0, 0, False]), sorted([float("inf"), 1e308, -1e308]))
print(sorted(["b", "a", "B", "A", "\u00e9", "e"]), sorted([b"b", b"a", b"ab"]))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]), max([], default="empty"))
print(list(reversed(sorted(records, key=lambda r: r[1]))))
