# list operations and methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 8)
print(a, len(a), a.count(5), a.index(4))
a.remove(1); print(a.pop(), a.pop(0), a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b[0] = 100; print(a[0], b[0])
print(a[1:4], a[::3], a[-2:], a[:0])
a[1:3] = ["x", "y", "z"]; print(a)
del a[0]; del a[::2]; print(a)
print([1, 2] + [3], [0] * 4, [[0] * 2 for _ in range(2)])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], list(map(sum, nested)))
c = [1, 2, 3]; c *= 2; c += [7]; print(c, c.clear(), c)
print(list(range(5)), list("abc"), list((1, 2)), [] or ["empty"])
