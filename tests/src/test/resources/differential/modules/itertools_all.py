import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
c = it.count(5); next(c); print(repr(c), repr(it.count(1, 2)), repr(it.count(2.5)))
print(list(it.islice(it.count(2**63 - 2), 4)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.repeat(1, -2)), repr(it.repeat(7)), repr(it.repeat(7, 2)))
print(it.repeat(1, 5).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.pairwise("ABCD")), list(it.pairwise("A")))
# batched is new in 3.12: the 3.11 oracle gets the documented result
print(list(it.batched("ABCDEFG", 3)) if hasattr(it, "batched") else [("A", "B", "C"), ("D", "E", "F"), ("G",)])
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest()))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
src = iter(range(10)); print(list(it.islice(src, 3)), next(src))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = it.groupby("aabb"); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b))
a, b, c = it.tee(range(3), 3); print(next(a), list(b), list(a), list(c))
print(type(it.tee([])[0]).__name__, len(it.tee([], 0)))
print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3))[:3], list(it.product()))
print(list(it.permutations("ABC", 2)), len(list(it.permutations(range(4)))), list(it.permutations([], 0)))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(3), 5)))
print(list(it.combinations_with_replacement("ABC", 2)))
for bad in (lambda: it.count("a"), lambda: it.islice([], -1), lambda: it.islice([], 0, 1, 0), lambda: it.combinations([], -1), lambda: it.tee([], -1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyChain(it.chain):
    pass
print(list(MyChain("ab", "c")), isinstance(MyChain(), it.chain))
print(it.count.__name__, it.count.__module__ if hasattr(it.count, "__module__") else None)
