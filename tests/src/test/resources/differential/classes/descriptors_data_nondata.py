# descriptor precedence: data descriptors beat instance dict, which beats non-data descriptors
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, value):
        obj.__dict__["_data"] = value
class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None)
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n, C.d, C.n)
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 42
print(c.__dict__)
class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class M:
    age = Validated()
m = M()
print(m.age)
m.age = 3
print(m.age, isinstance(M.age, Validated))
try:
    m.age = "x"
except TypeError as e:
    print(e)
del m.age
class GetOnly:
    def __get__(self, obj, owner):
        return "computed"
class H:
    g = GetOnly()
h = H()
h.g = "shadow"
print(h.g, H.g)
def f(self): return "method"
print(f.__get__(h, H)(), type(f.__get__(None, H)).__name__)
