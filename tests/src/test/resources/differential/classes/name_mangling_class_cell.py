# private name mangling, the __class__ cell, class-body scoping and qualnames
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return "Account(%s)" % self.__owner
    def __dunder__(self):
        return "not mangled"
a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), sorted(k for k in vars(a)), a._Account__owner, a.__dunder__())
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in Account.__dict__ if "count" in k))

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub("cy").peek())

class _Leading:
    def __method(self):
        return "leading underscore class"
    def call(self):
        return self.__method()
print(_Leading().call(), hasattr(_Leading, "_Leading__method"))
class __Dunder:
    def __m(self):
        return 1
print([k for k in vars(__Dunder) if k.endswith("__m")])

class Mangled:
    def f(self):
        __local = 1
        return sorted(locals())
    def g(self, __arg):
        return __arg
    import_name = None
print(Mangled().f(), Mangled().g(5), Mangled.g.__code__.co_varnames)
print(getattr(Mangled(), "_Mangled__x", "absent"))

class UsesClassCell:
    def which(self):
        return __class__
    def name(self):
        return __class__.__name__
class Child(UsesClassCell):
    pass
print(Child().which() is UsesClassCell, Child().name(), UsesClassCell.which.__code__.co_freevars)

class Outer:
    x = 1
    class Inner:
        y = 2
        def meth(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().method().__qualname__, Outer.Inner.__module__)
try:
    class Bad:
        v = 1
        w = [v for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)
class Good:
    v = 3
    w = [i * 2 for i in range(v)]
print(Good.w)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
