# Closures and higher-order functions in a hot loop.
def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    counter = make_counter(3)
    double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
    total = 0
    for i in range(n):
        total += double_then_inc(counter()) % 1000
    return total


print(run(12_000_000))
