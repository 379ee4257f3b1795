# str.format and format(): fill, align, sign, #, 0, width, grouping, precision, types
print(format(42, "d"), format(42, "5d"), format(42, "<5d"), format(42, "^5d"), format(42, "*>6"), format(-42, "=+8"))
print(format(42, "+d"), format(42, " d"), format(-42, " d"), format(42, "x"), format(42, "#X"), format(42, "#o"), format(42, "#b"))
print(format(1234567.891, ",.2f"), format(1234567, "_x"), format(-1234567, "015,d"), format(12, "c"))
for spec in ["e", "E", ".3e", "f", ".0f", "g", ".3g", "G", "%", ".1%", "n", "", ".10g", "#.0f", "#g"]:
    print(spec, format(12345.6789, spec), format(0.000123456, spec), format(-1e-10, spec) if spec else "")
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "F"))
print(format("text", "10"), format("text", ">10"), format("text", "^10.2"), format("text", ".3"), format("x", "=^5"))
print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j), "{:{}}".format(5, 4), "{:>{w}}".format("r", w=5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {}".format(0))
for bad, args in [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{:d}", ("s",)), ("{2}", (1,)), ("{x}", ())]:
    try:
        print(bad.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(format(True), format(True, "d"), format(3, ".2f"), format(2 ** 70, ","), format(-0.0, "+.1f"))
print("{:,}".format(10 ** 12), "{:08.3f}".format(-3.14159), "{:#010x}".format(255))
