# float() parsing: spellings of inf/nan, exponents, underscores, whitespace and errors
cases = ["1", " 1.5 ", "-2.5e3", "1e-5", ".5", "5.", "1_000.5", "inf", "-Infinity", "NAN", "+nan", "1E400", "-1e-400",
         "0x10" if False else "16", "  -0.0", "1.7976931348623157e308", "4.9e-324", "１.５"]
for c in cases:
    print(repr(c), float(c))
for c in ["", "abc", "1.2.3", "1e", "_1", "1__0", "0x10", "in f", "1,5", "nan1"]:
    try:
        float(c)
    except ValueError as e:
        print(e)
print(float(), float(3), float(True), float(2 ** 80), float(b"2.5"))
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 4
print(float(F()), float(Idx()))
class Bad:
    def __float__(self): return 1
try:
    float(Bad())
except TypeError as e:
    print(e)
