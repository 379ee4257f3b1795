# print(..., file=StringIO): each piece written separately (newline translation sees the pieces
# as CPython writes them), many prints with sep/end, a closed StringIO, and a subclass whose
# own write() must be called.
import io
f = io.StringIO(newline=None)
print('a\r', end='\n', file=f)
print('x', 'y', sep='\r', end='\r\n', file=f)
g = io.StringIO()
for i in range(3000):
    print(i, i * 2, sep=',', end=';', file=g)
print(repr(f.getvalue()), len(g.getvalue()), g.getvalue()[-20:])
f.close()
try:
    print('x', file=f)
except ValueError as e:
    print('ValueError', e)
class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
m = MyIO()
print('hello', 'there', file=m)
print(repr(m.getvalue()))
