# Recursive calls: fib(34) a few times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(3):
    total += fib(34)
print(total)
