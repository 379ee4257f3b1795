# int.to_bytes/from_bytes, bit_length/bit_count, as_integer_ratio, conjugate, numerator/denominator
for n in [0, 1, 255, 256, 65535, -1, -128, -129, 2 ** 64 - 1]:
    try:
        print(n, n.to_bytes(8, "big", signed=n < 0), n.to_bytes(8, "little", signed=True))
    except OverflowError as e:
        print(n, "overflow", e)
print((1024).to_bytes(2, byteorder="big"), (1).to_bytes(), (0).to_bytes(0, "big"))
for args in [(256, 1, "big"), (-1, 2, "big"), (128, 1, "big", True)]:
    try:
        n, size, order, *signed = args
        n.to_bytes(size, order, signed=bool(signed))
    except OverflowError as e:
        print(e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "little"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"\x00" * 20 + b"\x01", "big"), int.from_bytes(b"\x01"))
for n in [0, 1, 7, 8, -8, 255, -256, 2 ** 100, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big"), True.bit_length())
