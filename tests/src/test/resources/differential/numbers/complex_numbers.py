# complex numbers: construction, arithmetic, repr, attributes, comparisons and errors
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, z ** 2, z ** 0.5, abs(z), z.conjugate())
print(z.real, z.imag, complex(), complex(2), complex("1+2j"), complex(" (3-4j) "), complex("-j"), complex("5J"))
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)), repr(complex(float("inf"), float("nan"))))
print(1j * 1j, 2 * 1j, 1j ** 2, (1 + 1j) ** 3, pow(1j, 4), 0j ** 0, (1 + 2j) == complex(1, 2), 1 + 0j == 1)
print(complex(1.5, 2) * 2, 1 / (1 + 1j), (2 + 0j) / 2, z != w, hash(3 + 0j) == hash(3))
for bad in ["1+", "abc", "1+2k", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    z < w
except TypeError as e:
    print(e)
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
try:
    z // 2
except TypeError as e:
    print(e)
print(format(z, ".2f"), format(w, "^20"), "{:g}".format(1.5 + 0j), f"{z!r:>10}")
print(complex(z), complex(w.real, z.imag), bool(0j), bool(1e-300j))
