# for/while with else, break, continue and nested loops
for i in range(5):
    if i == 3:
        break
else:
    print("no break")
print("i", i)
for i in range(3):
    pass
else:
    print("completed", i)
for i in []:
    print("never")
else:
    print("empty else")
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("while done", n)
while True:
    n -= 1
    if n < 2:
        break
else:
    print("unreachable")
print("n", n)
def find(m, target):
    for row in m:
        for v in row:
            if v == target:
                break
        else:
            continue
        return row
    return None
print(find([[1, 2], [3, 4]], 3), find([[1]], 5))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for x in range(10):
    if x < 7:
        continue
    print(x)
