import _weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name

n = Node("a")
r = _weakref.ref(n)
print(r() is n, r().name, _weakref.getweakrefcount(n))
r2 = _weakref.ref(n)
print(r is r2, _weakref.getweakrefs(n) == [r])
died = []
r3 = _weakref.ref(n, lambda ref: died.append(ref is r3))
print(_weakref.getweakrefcount(n))
p = _weakref.proxy(n)
print(p.name, p.hello(), type(p).__name__)
del n
gc.collect()
print(r(), r3(), died)
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    _weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
print(hash(_weakref.ref(Node)) == hash(Node))
