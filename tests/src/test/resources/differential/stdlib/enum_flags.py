# enum: Flag, IntFlag, IntEnum, auto, unique, iteration and errors
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, Color.WHITE.value)
print(Color.RED | Color.BLUE)
print(repr(Color.RED | Color.BLUE))
print(Color.WHITE & Color.GREEN, bool(Color.RED & Color.BLUE))
print(list(Color), len(Color))
print(Color.RED in Color.WHITE, Color(0), bool(Color(0)))
print(list(Color.RED | Color.GREEN))
print(~Color.RED)
print(Color(3).name, Color.WHITE.name)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.X, Perm.R + 1, Perm(6), Perm.R == 4, isinstance(Perm.R, int))
print(repr(Perm(0)), Perm(7) & 3, type(Perm.R | 8).__name__)

class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.MID + 1, sorted([Level.HIGH, Level.LOW]), Level(2))
print(str(Level.LOW), format(Level.HIGH), f"{Level.MID}", repr(Level.MID))
print(int(Level.HIGH), Level['MID'], Level.MID.name, Level.MID.value)

class Planet(Enum):
    MERCURY = (3.3, 2.4)
    EARTH = (5.9, 6.3)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return round(self.mass / self.radius, 3)
print(Planet.EARTH.mass, Planet.EARTH.ratio, Planet((3.3, 2.4)))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Level(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Level['NOPE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Level.LOW = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Str(str, Enum):
    A = "alpha"
    B = "beta"
print(Str.A == "alpha", Str.A.upper(), Str("beta"))

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ONE = auto()
    TWO = auto()
print(Auto.ONE.value, Auto.TWO.value)
print(Color.RED.__class__.__name__, type(Color).__name__, Level.__members__['LOW'])
