# A generator pipeline: produce, filter, transform and reduce lazily.
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def pipeline(n):
    return sum(squares(evens(numbers(n))))


total = 0
for _ in range(15):
    total += pipeline(2_000_000)
print(total)
