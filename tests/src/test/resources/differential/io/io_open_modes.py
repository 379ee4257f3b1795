# open(): every mode, buffering choices and the types of objects returned
import os, io

d = '/tmp/_taipan_io_modes_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'f.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode, f.buffer.mode, f.buffer.raw.mode)
    print(f.readable(), f.writable(), f.seekable(), f.closed, f.name == p)
    f.write('one\ntwo\n')
with open(p, 'a', encoding='utf-8') as f:
    print(f.mode, f.buffer.raw.mode, f.tell())
    f.write('three\n')
with open(p, 'r+', encoding='utf-8') as f:
    print(type(f.buffer).__name__, f.buffer.raw.mode, f.readline())
    f.seek(0)
    f.write('ONE')
with open(p, encoding='utf-8') as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(4), f.peek(1)[:1], f.read1(3), f.tell())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.readall())
with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'bin\x00ary'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w+b') as f:
    print(type(f).__name__, f.mode, f.write(b'abc'), f.seek(0), f.read())
try:
    open(p, 'x')
except FileExistsError as e:
    print('x:', e.errno)
with open(os.path.join(d, 'new.txt'), 'x', encoding='utf-8') as f:
    print(f.mode, f.buffer.raw.mode)
with open(os.path.join(d, 'new.txt'), 'xb' if False else 'ab+') as f:
    print(f.mode, type(f).__name__, f.tell())
for bad in ('rw', 'rr', 'q', 'rbt', '', 'r++'):
    try:
        open(p, bad)
    except ValueError as e:
        print(repr(bad), e)
for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}):
    try:
        open(p, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(p, 'r', buffering=0)
except ValueError as e:
    print(e)
try:
    open(p, newline='x')
except ValueError as e:
    print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(3), f.name == fd)
print(os.read(fd, 2))
os.close(fd)
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
