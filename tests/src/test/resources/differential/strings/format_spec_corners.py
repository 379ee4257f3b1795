# str.format / format() mini-language corner cases for str, int and float
print(format("abc", ""), format("abc", "5"), format("abc", "<5") + "|", format("abc", ">5"), format("abc", "^6") + "|")
print(format("abcdef", ".3"), format("abcdef", "8.2") + "|", format("ab", "*^7"), format("ab", "0>4"))
print("{0}{1}{0}".format("x", "y"), "{}-{}".format(1, 2), "{a}{b}".format(a=1, b=2), "{0[1]}{1[k]}".format("xy", {"k": "v"}))
print("{0.real} {0.imag}".format(3 + 4j), "{!r}".format("q"), "{!s:>4}".format(1), "{!a}".format("\u00e9"))
print("{{literal}} {}".format(5), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}".format("n", 3) + "|")
print(format(42, "b"), format(42, "#b"), format(42, "o"), format(42, "#o"), format(255, "x"), format(255, "#X"))
print(format(1234567, ","), format(1234567, "_"), format(0xFFFF, "_x"), format(-1234, "08,"), format(5, "+"), format(5, " "))
print(format(-42, "=8"), format(42, "=+8"), format(42, "<+6") + "|", format(42, "^7"), format(-0, "+"), format(7, "c"))
print(format(True, "d"), format(True, ""), format(65, "c"), format(10, "n"), format(-255, "#x"), format(10**20, ","))
print(format(3.14159, ".2f"), format(3.14159, "e"), format(3.14159, ".3E"), format(1234.5, "g"), format(1e-5, "g"), format(1e16, "g"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"), format(1.0, ""))
print(format(1e100, ""), format(123.456, ".5g"), format(123456789.0, ".3g"), format(0.0001, ".2g"), format(1.5, "#.0f"), format(10.0, "#g"))
print(format(float("inf"), "f"), format(float("-inf"), "+.2e"), format(float("nan"), "F"), format(float("nan"), "10") + "|")
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-3.5, "010.2f"), format(3.5, "<10.2f") + "|")
print(format(1e6, ".0e"), format(12345.678, ".2n"), format(0.1, ".17g"), format(2**0.5, ".20f"))
print(format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"), format(1e-4, "g"), format(123.0, ".10g"))
print(format(1+2j, ""), format(1.5-2j, ".1f"), format(3j, "^10") + "|", format(-1j, "+"))
for bad in [("abc", "d"), (1.5, "d"), (42, "s"), (3, ".2s"), ("x", "+"), (1, ",c"), (2, "=^5"), ("s", "=5")]:
    try:
        print(format(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["{", "}", "{0!x}", "{:}}", "{0:{1:{2}}}", "{a.}", "{0[}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{5}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"
print(format(Fmt(), "xyz"), "{:abc}".format(Fmt()), f"{Fmt():q}")
print("{:%Y}".format(__import__("datetime").date(2024, 5, 6)), "{0:>{1}}".format("r", 4))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print("{:,}".format(-1000000), "{:>+,d}".format(9999), "{:#010b}".format(5), "{:#_o}".format(8**6))
