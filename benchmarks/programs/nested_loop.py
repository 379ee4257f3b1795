# Nested numeric loops with integer and float arithmetic.
def compute(n):
    acc = 0
    x = 0.0
    for i in range(n):
        for j in range(n):
            acc += (i * j) % 7
            x += (i - j) * 0.5
    return acc, x


print(compute(5000))
