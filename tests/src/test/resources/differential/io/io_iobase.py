# The io ABCs and _io base classes: registration, defaults, context managers, iteration
import io, _io

print(io.IOBase.__mro__[1] is _io._IOBase, io.RawIOBase.__bases__, io.TextIOBase.__bases__)
for cls in (io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper):
    print(cls.__name__, cls.__module__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase), issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase))
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.BlockingIOError is BlockingIOError)
class Lines(io.IOBase):
    def __init__(self, items):
        self.items = list(items)
    def readline(self, size=-1):
        return self.items.pop(0) if self.items else b''
    def readable(self):
        return True
l = Lines([b'a\n', b'b\n'])
print(list(l), l.closed, l.readable(), l.writable(), l.seekable(), l.isatty())
with Lines([b'x']) as m:
    print(m.readlines())
print(m.closed)
try:
    iter(m)
except ValueError as e:
    print(e)
for name in ('fileno', 'seek', 'truncate'):
    try:
        getattr(Lines([]), name)(*([0] if name == 'seek' else []))
    except io.UnsupportedOperation as e:
        print(name, e)
class Upper(io.TextIOBase):
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s.upper())
        return len(s)
    def writable(self):
        return True
u = Upper()
print('hi', 'there', file=u)
u.writelines(['a', 'b'])
print(u.out, u.encoding, u.newlines, u.errors)
try:
    io.TextIOBase().read()
except io.UnsupportedOperation as e:
    print('read', e)
try:
    io.BufferedIOBase().write(b'')
except io.UnsupportedOperation as e:
    print('write', e)
class Reader(io.BufferedIOBase):
    def read(self, n=-1):
        return b'xyz'[:n] if n >= 0 else b'xyz'
b = bytearray(2)
print(Reader().readinto(b), b)
print(_io.text_encoding('latin-1'), _io.text_encoding(None) in ('locale', 'utf-8'))
