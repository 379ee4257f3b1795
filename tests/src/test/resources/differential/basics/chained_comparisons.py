# chained comparisons: evaluation order, short-circuit and mixed types
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log) is not None, log)
print(1 < 2 > 0, 1 < 2 < 2, 1 <= 2 <= 2, 3 > 2 >= 2 > 1)
print(1 == 1.0 == True, 0 == False == 0.0, "a" < "b" < "c")
print([1, 2] < [1, 3] < [2], (1, 2) == (1, 2) < (1, 3))
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]])
x = 5
print(0 < x < 10, 0 < x < 3, x is x is x)
print(float("nan") == float("nan"), float("inf") > 10 ** 400, -float("inf") < -10 ** 400)
print(10 ** 400 > 1e308, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None < None)
except TypeError as e:
    print(e)
try:
    print({1} < 3)
except TypeError as e:
    print(e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set())
