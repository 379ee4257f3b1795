# array.array: typecodes, conversions and their errors, sequence protocol, bytes and pickles
import array as arraymod
from array import array
import copy, io, pickle


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


print(arraymod.typecodes, arraymod.ArrayType is array, array.__module__, array.__name__)
for tc in arraymod.typecodes:
    a = array(tc, 'ab' if tc == 'u' else [1, 2])
    print(tc, a.itemsize, a.typecode, repr(a), a.tolist(), len(a.tobytes()))

# conversion limits and errors
for tc in 'bBhHiIlLqQ':
    out = []
    for v in [10**30, -10**30, 2**7, -2**7 - 1, 2**8, -1, 2**15, 2**16, -2**15 - 1, 2**31, 2**32, -2**31 - 1, 2**63, 2**64, -2**63 - 1, 1.5, 'x', None]:
        try:
            out.append(repr(array(tc, [v])[0]))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(tc, ' | '.join(out))
for tc in 'fdu':
    for v in [1, 2.5, 'x', 'xy', None, True, 1e300]:
        try:
            print(tc, repr(v), repr(array(tc, [v])))
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


print(array('b', [Idx(), True]), array('f', [0.1])[0], array('d', [0.1])[0], array('Q', [2**64 - 1]), array('q', [-2**63]))

# construction
show(array, 'z')
show(array, 'i', 'ab')
show(array, 'i', array('u', 'a'))
show(array, 'i', b'\x01\x00\x00\x00\x02\x00\x00\x00')
show(array, 'i', b'abc')
show(array, 'B', bytearray(b'xy'))
show(array, 'd', array('i', [1, 2]))
show(array, 'i', array('d', [1.5]))
show(array, 'i', (x * x for x in range(4)))
show(array, 'i', (1, 2))
show(array, 'i', 5)
show(array, 'u', 'h\u00e9\U0001F600')
show(array, 'u', [1])
show(array, 'i', range(3))
show(lambda: array())

# sequence protocol
a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[100:], len(a))
show(lambda: a[10])
show(lambda: a['x'])
a[0] = 42
a[-1] = -7
print(a)
show(a.__setitem__, 10, 1)
show(a.__setitem__, 0, 'x')
a[1:3] = array('i', [7, 8, 9])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
show(a.__setitem__, slice(0, 1), [1])
show(a.__setitem__, slice(0, 1), array('d', [1.0]))
show(a.__setitem__, slice(None, None, 2), array('i', [1]))
del a[0]
del a[::3]
del a[-2:]
print(a)
show(a.__delitem__, 100)
a[len(a):] = array('i', [5, 5])
print(a, 5 in a, 99 in a, 5.0 in a, a.count(5), a.index(5), a.index(5, a.index(5) + 1))
show(a.index, 99)
show(a.index, 5, 0, 1)
a.remove(5)
print(a)
show(a.remove, 99)
print(a.pop(), a.pop(0), a)
show(array('i').pop)
show(a.pop, 50)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
a.reverse()
print(a, list(reversed(a)), sorted(a))
a.extend([1, 2])
a.extend(array('i', [3]))
a.extend(x for x in [4])
print(a)
show(a.extend, array('d', [1.0]))
show(a.extend, 5)
a.fromlist([6, 7])
print(a)
show(a.fromlist, (1, 2))
n = len(a)
show(a.fromlist, [1, 'x'])
print(len(a) == n)

# operators
x = array('i', [1, 2])
y = array('i', [3])
print(x + y, x * 2, 2 * x, x * 0, x * -1)
show(lambda: x + [1])
show(lambda: x + array('d'))
show(lambda: x * 'a')
z = x
z += y
z *= 2
print(z, z is x)
show(lambda: x.__iadd__([1]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) == [1])
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) < array('i', [1, 0]), array('b', [2]) > array('d', [1.5]),
      array('i', [1, 2]) != array('i', [1, 2]), array('i', [3]) >= array('i', [3]), array('u', 'ab') < array('u', 'b'))
show(lambda: array('i') < [1])
show(hash, array('i'))
print(bool(array('i')), bool(array('i', [0])))

# bytes, buffer, byteswap
h = array('h', [1, 256, -2])
print(h.tobytes(), bytes(h), bytearray(h), h.buffer_info()[1])
m = memoryview(h)
print(m.format, m.itemsize, m.nbytes, m.tolist(), len(m))
m[0] = 9
print(h)
m.release()
h.byteswap()
print(h)
h.frombytes(b'\x01\x00')
print(h)
show(h.frombytes, b'\x01')
show(h.frombytes, 'x')
d = array('d', [1.0, -0.5])
d.byteswap()
d.byteswap()
print(d, array('d', d.tobytes()) if False else array('d', bytes(d)))
print(array('B', b'hello').tobytes().decode(), bytes(array('b', [104, 105])))
u = array('u', 'hi')
u.fromunicode('!')
print(u, u.tounicode(), len(u.tobytes()))
show(array('i').tounicode)
show(array('i').fromunicode, 'x')
show(u.fromunicode, 5)

# files
f = io.BytesIO()
array('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
r = array('i')
r.fromfile(f, 2)
print(r)
show(r.fromfile, f, 5)
print(r)
show(r.fromfile, f, -1)
show(r.fromfile, io.StringIO('abcd'), 1)
show(r.tofile, 5)

# copies and pickles
p = array('l', [1, -2, 3])
print(copy.copy(p), copy.deepcopy(p), copy.copy(p) is p)
print(p.__reduce_ex__(2))
print(p.__reduce_ex__(3)[1][1:])
show(p.__reduce_ex__, 'x')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for q in [p, array('u', 'xy'), array('d', [0.5]), array('B'), array('Q', [2**64 - 1])]:
        r = pickle.loads(pickle.dumps(q, proto))
        assert r == q and r.typecode == q.typecode, (proto, q, r)
print('pickles ok')
rec = arraymod._array_reconstructor
print(rec(array, 'i', 9, b'\x00\x00\x00\x01'), rec(array, 'h', 2, b'\xff\xff'), rec(array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'),
      rec(array, 'i', 3, b'\xff\xff'), rec(array, 'd', 14, b'\x00\x00\x80?'), rec(array, 'b', 0, b'\xff'), rec(array, 'q', 13, b'\xff' * 8))
show(rec, 5, 'i', 8, b'')
show(rec, int, 'i', 8, b'')
show(rec, array, 'z', 8, b'')
show(rec, array, 'i', 99, b'')
show(rec, array, 'i', 8, 'x')


class Sub(array):
    pass


s = Sub('i', [1, 2])
s.attr = 5
print(repr(s), type(s[:1]).__name__, type(s + s).__name__, s.__reduce_ex__(3)[2], isinstance(s, array))
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.attr)
print(list(iter(array('b', [1, 2]))))
it = iter(array('i', [1]))
print(next(it), next(it, 'done'))
show(type(iter(array('i'))))
bad = array('u', 'ab')
bad.frombytes(b'\xff\xff\xff\xff' + b'\x00\xd8\x00\x00')
for f in [lambda: bad[2], bad.tounicode, lambda: repr(bad), bad.tolist, lambda: bad[3], lambda: list(bad)]:
    show(f)
