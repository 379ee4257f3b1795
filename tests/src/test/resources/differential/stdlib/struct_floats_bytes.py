import struct
import math

for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.99, 6.1e-05, 5.96e-08, 2.0 ** -25, 3 * 2.0 ** -26, 1e-8, 0.1, 1 / 3,
          math.inf, -math.inf, 1.5, 2049.0, 2051.0, 4097.0]:
    for code in 'efd':
        for order in '<>':
            b = struct.pack(order + code, v)
            print(code, order, repr(v), b.hex(), struct.unpack(order + code, b)[0])
print(struct.pack('<e', math.nan).hex(), struct.pack('<e', -math.nan).hex(), math.isnan(struct.unpack('<e', b'\x00\x7e')[0]))
print(struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('d', 3), struct.pack('<f', 1 << 20), struct.pack('@f', 1e300).hex())
try:
    struct.pack('<e', 65520.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    struct.pack('<f', 1e39)
except OverflowError as e:
    print('OverflowError', e)


class F:
    def __float__(self):
        return 2.5


print(struct.pack('<d', F()))

print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'))
print(struct.unpack('5p', b'\x09abcd'), struct.pack('0p', b'a'), struct.pack('1p', b'abc'), struct.unpack('1p', b'\x05'))
print(struct.pack('300p', b'x' * 400)[:3], len(struct.pack('300p', b'x' * 400)))
print(struct.pack('s', bytearray(b'x')), struct.pack('c', b'\xff'), struct.unpack('2c3s', b'abcde'))
print(struct.pack('0s', b'x'), struct.unpack('0s', b''))
