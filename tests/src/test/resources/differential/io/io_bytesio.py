# io.BytesIO
import io

b = io.BytesIO(b'line1\nline2\nline3')
print(b.read(3), b.read1(2), b.readline(), b.tell(), b.readlines())
print(b.read(), b.read(5), b.tell())
b.seek(0)
print(list(b))
b.seek(2)
print(b.write(b'XX'), b.getvalue(), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-2, 1), b.read())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
with io.BytesIO() as w:
    w.write(b'abc')
    w.writelines([b'd', b'e'])
    print(w.getvalue(), bytes(w.getbuffer()))
print(w.closed)
for op in ('read', 'getvalue', 'tell'):
    try:
        getattr(w, op)()
    except ValueError as e:
        print(op, e)
try:
    io.BytesIO('str')
except TypeError as e:
    print(e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print(e)
class Sub(io.BytesIO):
    pass
s = Sub(b'xyz')
print(type(s).__name__, s.read(), isinstance(s, io.BufferedIOBase))
print(io.BytesIO(b'a\nb').readline(1), io.BytesIO(b'').read(), io.BytesIO(memoryview(b'mv')).read())
