# dataclasses: field defaults, order, frozen, asdict/astuple, replace, __post_init__
import dataclasses
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
p.tags.append("a")
print(Point(1).tags, p.tags)
print(dataclasses.asdict(p), dataclasses.astuple(p))
print([f.name for f in dataclasses.fields(p)])
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
print(dataclasses.replace(p, y=5))

@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
print(sorted([Item(3, "c"), Item(1, "a"), Item(2, "b")]))
print(Item(1, "x") < Item(2, "a"), Item(1, "x") == Item(1, "y"))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()
fz = Frozen(1)
try:
    fz.a = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(fz) == hash(Frozen(1)), {fz, Frozen(1)} == {fz})

@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    secret: str = field(default="s", repr=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(2, 3))

@dataclass
class Nested:
    pts: list
    inner: Point
print(dataclasses.asdict(Nested([Point(1, 2)], Point(3))))

try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    dataclasses.replace(p, z=1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=0))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))])
print(Dyn(1), Dyn.__name__)
