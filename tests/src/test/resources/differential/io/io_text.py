# TextIOWrapper over files: encodings, errors, tell/seek, iteration, reconfigure, repr
import os, io

d = '/tmp/_taipan_io_text_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 't.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('ünïcödé\n'), f.write('line 2\n'), f.write('€ 3\n'))
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
with open(p, encoding='utf-8') as f:
    print(repr(f).replace(p, 'P'))
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)), repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()), repr(f.read()), repr(f.read()), f.tell())
    f.seek(0)
    print([len(line) for line in f])
    f.seek(0)
    print(f.readlines(5))
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(ascii(f.readline()))
try:
    with open(p, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
with open(p, encoding='ascii', errors='replace') as f:
    print(ascii(f.readline()))
with open(p, encoding='ascii', errors='ignore') as f:
    print(f.readline())
with open(p, 'w', encoding='latin-1') as f:
    f.write('café')
    try:
        f.write('€')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason)
with open(p, 'rb') as f:
    print(f.read())
for enc in ('utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'latin-1'):
    with open(p, 'w', encoding=enc) as f:
        f.write('ab€\n' if enc != 'latin-1' else 'ab\n')
        f.write('cd\n')
    with open(p, 'rb') as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        print(enc, len(raw), raw[:4], f.readlines())
with open(p, 'w', encoding='utf-8') as f:
    f.write('a\nb\n')
with open(p, 'r+', encoding='utf-8') as f:
    print(f.read())
    f.write('c\n')
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    print(f.tell())
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print(e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
    f.reconfigure(newline='\r\n')
    f.write('d\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8') as f:
    f.reconfigure(encoding='latin-1')
    print(f.encoding, f.read())
f = open(p, encoding='utf-8')
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(p, encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'x\ny'), encoding='utf-8')
print(t.readlines(), t.buffer.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', newline='\n', write_through=True)
t.write('wt')
print(b.getvalue())
raw = t.detach()
print(raw is b)
try:
    t.write('x')
except ValueError as e:
    print(e)
os.unlink(p)
os.rmdir(d)
