# __getattr__, __getattribute__, __setattr__, __delattr__ and object.__setattr__ delegation
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("getattr", name))
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Rec()
r.a = 5
print(r.a, r.xyz)
try:
    r.q
except AttributeError as e:
    print(e)
del r.a
print(r.log, getattr(r, "zz", "dflt"), hasattr(r, "x1"), hasattr(r, "nope"))
class All:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "special":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
a = All()
a.v = 1
print(a.v, a.special, a.secret, a.missing)
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
class Plain:
    pass
p = Plain()
setattr(p, "dyn", 1)
print(getattr(p, "dyn"), vars(p))
delattr(p, "dyn")
try:
    delattr(p, "dyn")
except AttributeError as e:
    print(e)
try:
    getattr(p, 1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
