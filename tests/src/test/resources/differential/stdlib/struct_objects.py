import struct
from struct import Struct

s = Struct('<hhl')
print(s.format, s.size, type(s).__name__, type(s.format))
print(s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
s2 = Struct(b'>I')
print(s2.format, s2.size, s2.pack(258))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf)
struct.pack_into('<H', buf, -2, 0xABCD)
print(buf)
mv = memoryview(buf)
struct.pack_into('<b', mv, 0, 9)
print(buf[:2])
print(s.unpack_from(buf, 2), s.unpack_from(buffer=buf, offset=2), struct.unpack_from('<H', buf, -2))
print(struct.unpack_from('<b', memoryview(b'abc')[1:]))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(Struct('<bb').iter_unpack(bytes(range(6)))))
print(struct.unpack('<4B', bytearray(b'\x01\x02\x03\x04')))


class MyStruct(Struct):
    def __init__(self):
        super().__init__('<i')


m = MyStruct()
print(m.size, m.pack(7), isinstance(m, Struct))
struct._clearcache()
print(struct.calcsize('i'))
try:
    s.pack(1, 2)
except struct.error as e:
    print(e)
