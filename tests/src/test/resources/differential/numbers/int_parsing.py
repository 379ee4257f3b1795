# int() parsing: bases, prefixes, underscores, whitespace, signs and error messages
cases = [("42",), (" -17 ",), ("+0",), ("0x1F", 16), ("0x1F", 0), ("1F", 16), ("0o17", 0), ("0b101", 0), ("z", 36),
         ("1_000", 10), ("1_000", 0), ("０１２",), ("٣",), ("  12\n",), ("-0b11", 0), ("0", 0), ("00", 0), ("11", 2)]
for c in cases:
    print(c, int(*c))
bad = [("",), ("1.5",), ("0x",), ("1__0",), ("_1",), ("12", 2), ("010", 0), ("abc",), ("1e3",), ("--1",), ("0b2", 0), (" ",)]
for c in bad:
    try:
        int(*c)
    except ValueError as e:
        print(c, e)
for c in [("10", 1), ("10", 37), ("10", -1)]:
    try:
        int(*c)
    except ValueError as e:
        print(c, e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
print(int(3.99), int(-3.99), int(True), int(), int(b"12"), int(bytearray(b"-7")), int("1" * 30))
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class N:
    def __int__(self): return 11
print(int(I()), int(N()), int("10", base=I()))
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
