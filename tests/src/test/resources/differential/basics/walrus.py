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
# a walrus in a comprehension assigns where the enclosing function's name lives: a name it
# declared global is the module's, a nonlocal one the outer function's
G = None
def set_global():
    global G
    [G := i * 3 for i in range(4)]
    return G
print(set_global(), G)
def nested_global():
    global G
    [[G := (i, j) for j in range(2)] for i in range(2)]
print(nested_global(), G)
def outer():
    n = 0
    def inner():
        nonlocal n
        [n := n + i for i in range(5)]
    inner()
    return n
print(outer())
# a later loop of the same comprehension cannot rebind a walrus target
for code in ["[i for i in range(5) if (j := 0) for j in range(5)]",
             "{i for i in range(5) if (j := 0) for j, k in [(0, 1)]}",
             "lambda: [i for i in range(5) if (j := 0) for j in range(5)]"]:
    try:
        exec(code, {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
