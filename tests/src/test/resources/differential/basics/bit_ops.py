# bitwise operators on ints and bools, shifts and their errors
for a in [0, 5, -5, 255, -256, 2 ** 70, -(2 ** 70)]:
    print(a, a & 0xF0, a | 3, a ^ -1, ~a, a << 4, a >> 2)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True | 2).__name__)
print(1 << 0, 1 << 64, (1 << 64) >> 64, -1 >> 100, 5 >> 100, (-(2 ** 100)) >> 99)
for bad in [-1, -100]:
    try:
        1 << bad
    except ValueError as e:
        print(e)
    try:
        1 >> bad
    except ValueError as e:
        print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
try:
    1 << 1.0
except TypeError as e:
    print(e)
x = 0b1010
x &= 0b0110; print(bin(x))
x |= 0b1000; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 3; print(bin(x))
x >>= 1; print(bin(x))
print(0xFF_FF, 0o777, 0b1_0000, 1_000_000)
