# Misuse of files: wrong data types, unsupported directions, closed reprs, size arguments
import os, io
d = '/tmp/_taipan_io_errors_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'f')
f = open(p, 'w', encoding='utf-8'); f.close()
print(repr(f).replace(p, 'P'))
for mode, data in (('wb', 'str'), ('w', b'bytes')):
    with open(p, mode, **({} if 'b' in mode else {'encoding': 'utf-8'})) as f:
        try:
            f.write(data)
        except TypeError as e:
            print(e)
with open(p, 'w', encoding='utf-8') as f:
    for call in (f.read, f.readline, lambda: f.read(1), lambda: list(f)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print('unsupported', e)
with open(p, 'wb') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('unsupported', e)
with open(p, 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('unsupported', e)
with open(p, 'r', encoding='utf-8') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('unsupported', e)
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print('unsupported', e)
with open(p, 'rb', buffering=0) as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('unsupported', e)
f = open(p, 'rb'); f.close(); print(repr(f).replace(p, 'P'))
f = open(p, 'rb', buffering=0); f.close(); print(repr(f).replace(p, 'P'))
print(open(p, 'rb').read(-1), open(p, 'rb').read(None), open(p).read(None))
with open(p, 'wb') as f:
    f.writelines([b'a\n', bytearray(b'b\n'), memoryview(b'c\n')])
with open(p, 'rb') as f:
    print(f.readlines(), f.readline(), f.read(0))
with open(p, encoding='utf-8') as f:
    print(next(f), f.readline(1), f.readline(0), f.readline(-1))
os.unlink(p)
os.rmdir(d)
