import binascii

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(b"\x00\xff"), binascii.hexlify(bytearray(b"abc")), binascii.hexlify(memoryview(b"xy")))
print(binascii.hexlify(data, "-"), binascii.hexlify(data, b":", 3), binascii.b2a_hex(data, "_", -4), binascii.hexlify(b"", "-"))
print(binascii.unhexlify(b"00ff10"), binascii.unhexlify("DEADbeef"), binascii.a2b_hex(bytearray(b"4142")), binascii.unhexlify(""))
for bad in [b"abc", "zz", b"0g", "é0"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: binascii.hexlify("str"), lambda: binascii.unhexlify(5), lambda: binascii.hexlify(b"ab", "--")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2 ** 40 + 5), binascii.crc32(bytearray(b"x" * 1000)))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"abc", 0x12345))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
