import struct

for order in "@=<>!":
    for code in "bBhHiIlLqQ":
        size = struct.calcsize(order + code)
        bits = size * 8
        signed = code.islower()
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        for v in (lo, hi, 0, 1, -1 if signed else 2, 0x1234 & hi):
            packed = struct.pack(order + code, v)
            back = struct.unpack(order + code, packed)[0]
            print(order, code, size, v, packed.hex(), back == v)

for order in "@":
    for code in "nNP":
        print(code, struct.calcsize(code), struct.pack(code, 5).hex(), struct.unpack(code, struct.pack(code, 5)))
print(struct.pack("?", 0), struct.pack("?", "x"), struct.pack("?", []), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<i", True), struct.pack(">Q", 2**64 - 1))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<h", Idx()))
