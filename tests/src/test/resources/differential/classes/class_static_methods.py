# classmethod and staticmethod: binding through instances/classes/subclasses, alternative constructors
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        type(self).count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)
    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point3(Point):
    pass
print(Point.origin(), Point3.origin(), Point3.from_pair((1, 2)), Point(1, 1).origin())
print(Point.dist(Point(0, 0), Point(3, 4)), Point(0, 0).dist(Point(1, 0), Point(1, 1)))
print(Point.count, Point3.count)
m = Point.origin
print(m.__self__ is Point, Point3.origin.__self__ is Point3, type(Point.__dict__["origin"]).__name__)
print(type(Point.__dict__["dist"]).__name__, Point.__dict__["dist"].__func__ is Point.dist)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Q:
    length = sm
    name = cm
print(Q.length("abc"), Q().name(), Q.name())
print(callable(staticmethod(len)), staticmethod(len)("xy"))
class Counter:
    @classmethod
    @property
    def desc(cls):
        return "not in 3.11+"
try:
    print(isinstance(Counter.__dict__["desc"], classmethod))
except Exception as e:
    print(type(e).__name__)
