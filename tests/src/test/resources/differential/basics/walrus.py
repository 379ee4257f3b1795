# assignment expressions in conditions, comprehensions and while loops
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
total = 0
print([total := total + x for x in data], total)
def f():
    [w := i for i in range(3)]
    return w
print(f())
print((a := 10) + a, a)
print({k: (v := k * k) for k in range(3)}, v)
def g():
    if any((hit := x) > 5 for x in data):
        return hit
print(g())
print(f"{(z := 42)} {z}")
