import struct

tests = [('b', 200), ('B', -1), ('h', 1 << 20), ('H', -1), ('H', 70000), ('i', 1 << 40), ('I', -1), ('I', 1 << 33),
         ('l', 1 << 70), ('L', -1), ('q', 1 << 70), ('Q', -1), ('n', 1 << 70), ('N', -1), ('e', 1e10), ('f', 1e300),
         ('c', b'ab'), ('c', 1), ('b', 'x'), ('b', 1.0), ('s', 1), ('p', 'a'), ('d', 'x'), ('x', 1), ('e', 'x'),
         ('b', 1 << 70), ('l', 1 << 33), ('L', 1 << 33)]
for p in ['@', '=', '<']:
    for c, v in tests:
        try:
            print(p, c, struct.pack(p + c, v))
        except Exception as e:
            print(p, c, type(e).__name__, e)
for c, v in [('b', 200), ('B', -1), ('h', 1 << 20), ('H', 70000), ('i', 1 << 40), ('I', 1 << 33), ('L', 1 << 33), ('q', 1 << 70), ('Q', -1)]:
    try:
        print('>', c, struct.pack('>' + c, v))
    except Exception as e:
        print('>', c, type(e).__name__, e)

for f in ['3', 'z', '<P', '=n', 'i 4', '4 i', '2147483648s', '99999999999999999999s', '@', '0s', 'ii3', ' i i ', '\ti\n']:
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)

calls = ["struct.pack('ii',1)", "struct.pack('i')", "struct.unpack('i',b'abc')", "struct.unpack_from('i',b'abc',1)",
         "struct.unpack_from('i',b'abcdefg',-2)", "struct.unpack_from('i',b'abcdefg',-20)", "struct.pack_into('i',bytearray(3),0,1)",
         "struct.pack_into('i',bytearray(8),6,1)", "struct.pack_into('i',bytearray(8),-20,1)", "struct.pack_into('i',bytearray(8),-2,1)",
         "struct.pack_into('i',b'12345678',0,1)", "struct.pack_into('i',bytearray(8),0)", "struct.iter_unpack('i',b'abc')",
         "struct.iter_unpack('',b'abc')", "struct.Struct(5)", "struct.pack(5)", "struct.pack(b'i',1)", "struct.unpack('i','abcd')",
         "struct.pack('i', 1.5)", "struct.pack('i', '1')", "struct.pack('<Q', 2**64)", "struct.unpack_from('<h', b'abcd', offset=1)"]
for call in calls:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
