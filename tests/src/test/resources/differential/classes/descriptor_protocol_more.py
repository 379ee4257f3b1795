# descriptors: __set_name__, __get__ on class access, data vs non-data precedence, __slots__ descriptors, super() binding
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Field(%s.%s)" % (self.owner, self.name)
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("%s must be >= 0, got %r" % (self.name, value))
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Account:
    balance = Field()
    limit = Field()
a = Account()
print(Account.balance, a.balance)
a.balance = 10
print(a.balance, a.__dict__)
try:
    a.limit = -1
except ValueError as e:
    print(type(e).__name__, e)
del a.balance
print(a.balance)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    x = ReadOnly()
r = R()
r.__dict__["x"] = "shadow"
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
print(type(Slotted.a).__name__, Slotted.a.__name__, Slotted.a.__get__(s), hasattr(s, "b"))
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
Slotted.a.__set__(s, 5)
print(s.a)
try:
    Slotted.a.__get__(object())
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def who(self):
        return "Base.who(%s)" % type(self).__name__
    @classmethod
    def make(cls):
        return "make " + cls.__name__
class Kid(Base):
    def who(self):
        return "Kid+" + super().who()
    @classmethod
    def make(cls):
        return "Kid " + super().make()
print(Kid().who(), Kid.make(), super(Kid, Kid()).who(), super(Kid, Kid).make())
sup = super(Kid, Kid())
print(type(sup).__name__, sup.__self_class__.__name__, sup.__thisclass__.__name__)
f = Base.__dict__["who"]
print(f.__get__(Kid())(), f.__get__(None, Kid) is f, type(classmethod(len).__get__(None, int)).__name__)
sm = staticmethod(lambda: "static")
print(sm.__get__(None, object)(), callable(sm), sm.__func__() if hasattr(sm, "__func__") else None)
print(property(lambda self: 1).__get__(None, Kid).__class__.__name__, property().fget, property(doc="d").__doc__)
try:
    property().__get__(Kid())
except AttributeError as e:
    print(type(e).__name__, e)
