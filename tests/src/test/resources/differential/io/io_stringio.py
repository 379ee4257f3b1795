# io.StringIO: reading, writing, seeking and newline modes
import io

s = io.StringIO('héllo\nwörld\n')
print(s.read(3), repr(s.readline()), s.tell(), s.readlines(), repr(s.read()))
s = io.StringIO()
print(s.write('abc'), s.write('€\n'), repr(s.getvalue()), s.tell())
s.seek(1)
s.write('X')
print(repr(s.getvalue()), s.tell())
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read()), s.seek(0, 2))
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print(e)
print(list(io.StringIO('a\nb\nc')))
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.StringIO('x\ny\r\nz\rw', newline=nl)
    print(repr(nl), [t.readline() for _ in range(5)], repr(t.getvalue()))
t = io.StringIO(newline=None)
t.write('a\r\nb\rc\n')
print(repr(t.getvalue()))
t = io.StringIO(newline='\r\n')
t.write('a\nb')
print(repr(t.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.closed, s.encoding, s.errors, s.newlines)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    io.StringIO(b'x')
except TypeError as e:
    print(e)
try:
    io.StringIO().write(1)
except TypeError as e:
    print(e)
try:
    io.StringIO(newline='x')
except ValueError as e:
    print(e)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
