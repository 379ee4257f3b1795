# closures, nonlocal, global, late binding
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
print(c(), c(), c(10))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make_adders():
    return {n: (lambda v, n=n: v + n) for n in (1, 10)}
adders = make_adders()
print(adders[1](5), adders[10](5))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
