# comprehensions with several for/if clauses, nesting, and generator expressions
print([(i, j) for i in range(3) for j in range(i)])
print([x for x in range(20) if x % 2 if x % 3])
print([[r * c for c in range(3)] for r in range(3)])
print([y for row in [[1, 2], [3], []] for y in row])
print({i: [j for j in range(i)] for i in range(4)})
print({c for w in ["ab", "bc"] for c in w} == {"a", "b", "c"})
print(sum(x * y for x in range(4) for y in range(4) if x != y))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print([i for i in range(3)] == list(i for i in range(3)))
x = "outer"
print([x for x in "ab"], x)
print([(lambda n: n * i)(2) for i in range(3)])
print(any(ch.isdigit() for ch in "ab3"), all(len(w) > 1 for w in ["ab", "c"]))
