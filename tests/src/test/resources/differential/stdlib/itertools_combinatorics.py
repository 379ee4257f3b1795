# itertools: combinatoric iterators, grouping, accumulation, slicing and their errors
import itertools as it
import operator

print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x", [True])), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([5, 1], initial=100)), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
groups = it.groupby("xxyy")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 3)), list(it.islice(it.count(), 3, 8, 2)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
print(list(it.repeat("r", 3)), list(zip(it.count(10, 5), "abc")), list(zip(it.count(1.5, 0.5), range(3))), list(it.islice(it.cycle("ab"), 5)))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), [list(t) for t in it.tee("abc", 2)], len(it.tee([], 3)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat("x", 2)), repr(it.count(1.5)))
r = it.repeat(1, 3)
print(r.__length_hint__(), list(r), r.__length_hint__())
for bad in [lambda: it.islice("abc", -1), lambda: it.islice("abc", 1, 2, 0), lambda: it.permutations("ab", -1), lambda: it.combinations("ab", -2),
            lambda: it.product("a", repeat=-1), lambda: it.repeat(1, "x"), lambda: it.count("a"), lambda: it.chain(1).__next__(),
            lambda: it.tee("a", -1), lambda: it.groupby(5), lambda: it.starmap(pow, [1]).__next__(),
            lambda: it.zip_longest("a", fill=1), lambda: it.islice("abc", "1")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.islice(it.product(range(3), repeat=3), 25, None)), sum(1 for _ in it.combinations(range(10), 4)))
