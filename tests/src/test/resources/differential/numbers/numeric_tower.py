# mixed-type arithmetic promotion and equality across bool, int, float, complex
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    for b in vals:
        r = a + b
        print(type(a).__name__, type(b).__name__, type(r).__name__, r, a * b)
print(1 == 1.0 == (1 + 0j) == True, hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, 0j})
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 2 ** 1024 == float("inf"), 1 / 3 * 3 == 1)
print(7 / 2, 8 / 2, type(8 / 2).__name__, 2 ** 3, 2 ** -3, 2.0 ** 3, True / 2)
print(int.__add__(1, 2), float.__mul__(2.0, 3), int.__add__(1, 2.0), float.__radd__(1.5, 2))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, float))
