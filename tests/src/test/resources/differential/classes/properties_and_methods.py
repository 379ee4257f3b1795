# property, classmethod, staticmethod, __slots__-free attribute access, __getattr__
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe():
        return "temperature"
t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.from_fahrenheit(212).celsius, Temperature.describe(), t.describe())
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only")
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return f"missing {name}"
p = Proxy(1)
print(p._target, p.anything)
class Counted:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
Counted(1); Counted(2)
print(Counted.instances)
