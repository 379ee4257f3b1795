# comprehension scoping, nested comprehensions, walrus
x = "outer"
print([x for x in range(3)], x)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
print({c: ord(c) for c in "abc"}, {n % 3 for n in range(10)} == {0, 1, 2})
data = [5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 15])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print(sum(i for i in range(10) if i % 3 == 0), list(zip(*[(1, "a"), (2, "b")])))
