# _io.FileIO directly: modes, readinto, seek/tell/truncate, closefd, opener, repr
import os, io

d = '/tmp/_taipan_io_fileio_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'raw.bin')
f = io.FileIO(p, 'w')
print(f.mode, f.readable(), f.writable(), f.seekable(), f.closefd, f.write(b'0123456789'))
print(f.tell(), f.seek(2), f.write(b'ab'), f.seek(0, 2), f.truncate(8), f.tell())
f.close()
print(f.closed, repr(f))
f.close()
f = io.FileIO(p)
print(f.mode, f.read(3), f.read(), f.read(), f.seek(-3, 2), f.readall())
f.seek(0)
b = bytearray(4)
print(f.readinto(b), b)
m = memoryview(bytearray(10))
print(f.readinto(m), bytes(m))
try:
    f.write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
for op in ('read', 'tell', 'fileno'):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, e)
f = io.FileIO(p, 'r+')
print(f.mode, f.read(2), f.write(b'XY'), f.tell())
fd = f.fileno()
g = io.FileIO(fd, 'r', closefd=False)
g.seek(0)
print(g.read(), g.closefd, repr(g).startswith('<_io.FileIO fd=' ) or repr(g).startswith('<_io.FileIO name='))
g.close()
f.close()
f = io.FileIO(p, 'a')
print(f.mode, f.tell(), f.write(b'!'))
f.close()
calls = []
def opener(path, flags):
    calls.append(os.path.basename(path))
    return os.open(path, flags)
with io.FileIO(p, 'r', opener=opener) as f:
    print(f.read(), calls)
with open(p, 'rb', opener=opener) as f:
    print(f.read(2), calls)
try:
    io.FileIO(p, 'rw')
except ValueError as e:
    print(e)
try:
    io.FileIO(p, 'r', closefd=False)
except ValueError as e:
    print(e)
try:
    io.FileIO(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
with io.FileIO(p, 'rb') as f:
    print(f.name == p, repr(f).replace(p, 'P'))
print(repr(f))
os.unlink(p)
os.rmdir(d)
