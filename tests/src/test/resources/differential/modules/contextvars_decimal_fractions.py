import contextvars, decimal, fractions, statistics
v = contextvars.ContextVar('v', default=1)
print(v.get(), v.name)
t = v.set(5); print(v.get()); v.reset(t); print(v.get())
ctx = contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 9), v.get(), ctx[v], v in ctx, len(ctx) >= 1)
print(decimal.Decimal('1.1') + decimal.Decimal('2.2'), decimal.Decimal(1) / decimal.Decimal(7))
with decimal.localcontext() as c:
    c.prec = 5
    print(decimal.Decimal(1) / decimal.Decimal(7))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction('0.125'))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), round(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), 6))
