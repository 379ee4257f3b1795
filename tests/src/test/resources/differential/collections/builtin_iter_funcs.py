# enumerate, zip (strict), map, filter, reversed with start values, multiple iterables and errors
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], start=-1)))
print(list(zip()), list(zip("ab", range(5))), list(zip("ab", [1, 2], (True, False))))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "cd", "e", strict=True))
except ValueError as e:
    print(e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(enumerate(Seq())))
for bad in [5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
try:
    reversed({1: 2}.items().__iter__())
except TypeError as e:
    print(e)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
try:
    map(abs)
except TypeError as e:
    print(e)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
