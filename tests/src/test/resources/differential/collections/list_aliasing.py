# list identity and aliasing: shared references, copies, nested mutation, in-place vs rebinding
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
import copy
e = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], a[1] is e[1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
def modify(lst):
    lst += [99]
    lst = [0]
    return lst
x = [1]
print(modify(x), x)
s = [1, 2, 3]
s[:] = [9]
print(s)
t = s
s = s + [1]
print(t, s)
r = [1]
r.append(r)
print(r, r[1] is r, len(r))
dd = {"k": r}
print(dd)
