# Positions in text and binary files: tell/seek round trips, truncate, read after write
import os

d = '/tmp/_taipan_io_seek_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 's.txt')
with open(p, 'w', encoding='utf-8') as f:
    for i in range(5):
        f.write('línea %d ✓\n' % i)
        print(f.tell(), end=' ')
    print()
positions = []
with open(p, encoding='utf-8') as f:
    while True:
        positions.append(f.tell())
        if not f.readline():
            break
    print(positions)
    for pos in reversed(positions[:-1]):
        f.seek(pos)
        print(repr(f.readline()), end=' ')
    print()
    f.seek(positions[2])
    print(repr(f.read(4)), f.tell() > positions[2])
with open(p, 'r+', encoding='utf-8') as f:
    f.seek(positions[1])
    f.truncate()
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.write('tail\n')
    print(f.tell())
with open(p, 'rb+') as f:
    print(f.seek(3), f.read(2), f.tell(), f.seek(-5, 2), f.read(), f.seek(0, 1))
    f.seek(0)
    f.write(b'L')
    f.seek(0)
    print(f.readline(), f.tell())
    print(f.truncate(4), f.seek(0), f.read())
os.unlink(p)
os.rmdir(d)
