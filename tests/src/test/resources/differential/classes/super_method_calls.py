# super().name(args) in methods: cooperative __init__ chains over a diamond, instances of
# subclasses (the MRO of type(self) after __class__), builtin base methods (dict, list), a base
# method replaced after the calls are warm, properties, class and static methods found by super,
# super() in a classmethod, a shadowed name super, a rebound first argument, a missing attribute
# and the TypeError of a first argument that is no instance (also once rebound).
log = []


class Base:
    def __init__(self, x):
        log.append(('Base', x))
        self.x = x

    def who(self):
        return 'Base.who'

    @property
    def prop(self):
        return 'Base.prop'

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util(v):
        return v * 2


class Left(Base):
    def __init__(self, x):
        log.append(('Left', x))
        super().__init__(x + 1)

    def who(self):
        return 'Left>' + super().who()


class Right(Base):
    def __init__(self, x):
        log.append(('Right', x))
        super().__init__(x * 10)

    def who(self):
        return 'Right>' + super().who()


class Diamond(Left, Right):
    def __init__(self, x):
        super().__init__(x)

    def who(self):
        return 'Diamond>' + super().who()

    def parts(self):
        return super().prop, super().make(), super().util(21)

    @classmethod
    def make(cls):
        return 'Diamond.make>' + super().make()


class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)


class Stack(list):
    def push(self, v):
        super().append(v)
        return super().__len__()


class Sub(Left):
    pass


def run(rounds):
    results = []
    for i in range(rounds):
        log.clear()
        d = Diamond(i)
        s = Sub(i)
        c = Counting()
        c['a'] = i
        st = Stack()
        st.push(1)
        results = [d.x, s.x, list(log), d.who(), s.who(), d.parts(), Diamond.make(), dict(c), st.push(2)]
    return results


for r in run(2000):
    print(r)


def patched_who(self):
    return 'patched'


Base.who = patched_who
print(Diamond(1).who(), Sub(2).who())


class Rebound(Base):
    def who(self):
        self = Rebound(99)
        return super().who(), self.x

    def wrong(self):
        self = Base(98)
        return super().who()


print(Rebound(5).who())


class Shadow(Base):
    def who(self):
        super = lambda *a: Right(3)
        return super().who()


print(Shadow(1).who())


class Missing(Base):
    def nothing(self):
        return super().nothing()

    @staticmethod
    def bad(x):
        return super().who()


for f in (lambda: Missing(1).nothing(), lambda: Missing.bad(5), lambda: Rebound(1).wrong()):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
