import struct

for f in ['b', 'bi', 'ib', 'bh', 'bq', 'bd', 'bihq', 'c', '3s', 'c0i', 'bb0l', 'xi', '5x', '@?e', 'P', 'hxi', '2h3i', 'bP',
          '=bi', '<bq', '>bq', '!hd', '=e', '10p', '0s', '4ii', 'x', 'l', '=l', 'n', 'N']:
    print(f, struct.calcsize(f))

print(struct.pack('bi', 1, 2).hex(), struct.pack('<bi', 1, 2).hex(), struct.pack('>bi', 1, 2).hex())
print(struct.pack('@bhd', 1, 2, 3.0).hex())
print(struct.unpack('@bhd', struct.pack('@bhd', 1, 2, 3.0)))
print(struct.pack('3x2b', 1, 2), struct.pack('b3x', 1))
