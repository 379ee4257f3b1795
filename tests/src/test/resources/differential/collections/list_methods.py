# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse and their errors
a = [3, 1, 4, 1, 5]
a.append(9); a.extend(range(2)); a.extend("ab"); a.insert(0, "first"); a.insert(-1, "pen"); a.insert(100, "end"); a.insert(-100, "start")
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(5, 2), a.count(1), a.count("zz"))
for call in [lambda: a.remove("zz"), lambda: a.index("zz"), lambda: [].pop(), lambda: a.pop(99), lambda: a.index(3, 5, 6)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, len(b))
c = [1, 2]
c.extend(c)
print(c)
c[len(c):] = c
print(c)
print([1, 2] * 2, 2 * [0], [[]] * 2, [1] * 0, [1] * -1)
d = [1, 2, 3]
d *= 2
print(d)
try:
    d.extend(5)
except TypeError as e:
    print(e)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
