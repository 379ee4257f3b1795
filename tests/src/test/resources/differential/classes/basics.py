# classes: attributes, methods, inheritance, super, class attributes, isinstance
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
print(a.speak(), d.speak(), p.speak(), sep="\n")
print(a, d, p, Animal.count, p.kind, a.kind, p.age)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
p.kind = "instance attr"
print(p.kind, Puppy.kind, hasattr(p, "age"), getattr(p, "missing", "default"))
setattr(p, "color", "brown"); print(p.color, sorted(vars(p)))
del p.color; print(hasattr(p, "color"))
