# divmod, abs, negation and conversions over int, float, bool and complex
for a in [7, -7, 7.25, -7.25, True, 2 ** 65]:
    for b in [2, -2, 0.5, -3.5]:
        print(a, b, divmod(a, b))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 90)), abs(float("-inf")))
print(-(-0.0), -0, +(-0.0), -True, -(2 ** 63))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
class A:
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __pos__(self): return "pos!"
    def __invert__(self): return "inv!"
a = A()
print(abs(a), -a, +a, ~a)
