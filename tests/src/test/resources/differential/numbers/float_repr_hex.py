# float repr (shortest round-trip), str, hex/fromhex, is_integer, as_integer_ratio
for x in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e300,
          5e-324, 2.0 ** 53, -0.0, 100.0, 1e22, 1e23, 9.999999999999999e22]:
    print(repr(x), str(x), x.hex(), x.is_integer(), x.as_integer_ratio())
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "  0X1P-2  ", "inf", "-nan",
          "0x1.000000000000001p0", "1"]:
    print(s.strip(), float.fromhex(s))
for bad in ["0x1p99999", "xyz", "0x"]:
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").hex(), float("nan").is_integer(), (0.5).hex(), (-2.0).as_integer_ratio())
print(1.0.real, 1.5.imag, (2.5).conjugate(), float.__name__)
