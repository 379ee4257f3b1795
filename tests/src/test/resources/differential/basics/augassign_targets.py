# augmented assignment on names, attributes, subscripts and slices; evaluated once
class C:
    def __init__(self): self.x = 1
log = []
def get(o, tag):
    log.append(tag)
    return o
c = C()
get(c, "obj").x += 5
print(c.x, log)
d = {"k": [1]}
log.clear()
get(d, "dict")[get("k", "key")] += [2]
print(d, log)
lst = [1, 2, 3, 4, 5]
lst[1:3] += [9]  if False else lst[1:3]
print(lst)
lst = [1, 2, 3, 4, 5]
lst[1:3] *= 2
print(lst)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 3
print(s)
a = [1]
b = a
a += [2]
print(a is b, b)
a = a + [3]
print(a is b, b)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __add__(self, o):
        return "add"
acc = Acc()
acc += 1
acc += 2
print(acc.v)
class NoI:
    def __add__(self, o): return "plain add " + str(o)
n = NoI()
n += 3
print(n)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e)
print(tup)
