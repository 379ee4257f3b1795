# property docs: taken from the getter unless given, kept or replaced by getter()/setter() as CPython's
# property_copy does; a property subclass keeps its doc in the instance dict; classmethod(property)
class PropertyDocBase(object):
    _spam = 1
    def _get_spam(self):
        return self._spam
    spam = property(_get_spam, doc="spam spam spam")
class PropertyDocSub(PropertyDocBase):
    @PropertyDocBase.spam.getter
    def spam(self):
        """The decorator does not use this doc string"""
        return self._spam
print(PropertyDocBase.spam.__doc__, "|", PropertyDocSub.spam.__doc__)
class Base:
    @property
    def spam(self):
        """BaseClass.getter"""
        return 1
class SubNewGetter(Base):
    @Base.spam.getter
    def spam(self):
        """new docstring"""
        return 5
class SetterKeeps(Base):
    @Base.spam.setter
    def spam(self, v):
        """setter doc is ignored"""
print(SubNewGetter.spam.__doc__, "|", SetterKeeps.spam.__doc__)
class PropertySub(property):
    """This is a subclass of property"""
class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
    @PropertySub
    def nodoc(self):
        return 2
print(Foo.spam.__doc__, "|", Foo.nodoc.__doc__)
class Foo2(Foo):
    @Foo.spam.getter
    def spam(self):
        """a new docstring"""
        return 2
print(Foo2.spam.__doc__, Foo2().spam)
class Slotted(property):
    __slots__ = ()
try:
    class X:
        @Slotted
        def f(self):
            """doc"""
except AttributeError as e:
    print("AttributeError")
class Y:
    @Slotted
    def g(self):
        pass
print(Y().g)
p = property(lambda s: 1)
p.__doc__ = "set"
print(p.__doc__)
class A:
    @classmethod
    @property
    def __doc__(cls):
        return f"A doc for {cls.__name__!r}"
class B(A):
    pass
print(A.__doc__, "|", B.__doc__)
class C:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(C.name, C().name)
def getter1(self):
    return 1
def getter2(self):
    """doc 2"""
    return 2
def getter3(self):
    """doc 3"""
    return 3
p = property(getter2, None, None, "doc-A")
print(p.__doc__, p.getter(getter3).__doc__)
p = property(getter2)
print(p.__doc__, p.getter(getter3).__doc__)
p = property(getter2)
p.__doc__ = "user"
print(p.__doc__, p.getter(getter3).__doc__)
p = property(getter1)
p.__doc__ = "user"
print(p.__doc__, p.getter(getter2).__doc__)
# the messages name the class by its qualified name
class Outer:
    class Inner:
        bare = property()
        named = property()
        named.__set_name__(None, "named")
for op in ("get", "set", "del"):
    for attr in ("bare", "named"):
        try:
            o = Outer.Inner()
            if op == "get":
                getattr(o, attr)
            elif op == "set":
                setattr(o, attr, 1)
            else:
                delattr(o, attr)
        except AttributeError as e:
            print(e)
