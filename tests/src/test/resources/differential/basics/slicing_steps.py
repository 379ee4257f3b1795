# slicing with steps on lists, strings, tuples, ranges; slice objects; slice assignment and deletion
s = list(range(10))
for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2),
           slice(-3, None), slice(None, -3), slice(-100, 100), slice(5, 5), slice(2, 8, -1)]:
    print(sl, s[sl], "abcdefghij"[sl], tuple(s)[sl], list(range(10)[sl]))
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(10))
s[2:5] = ["a"]
print(s)
s[::2] = "xyzw"
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(e)
del s[::3]
print(s)
del s[1:3]
print(s)
s[1:1] = [100, 200]
print(s)
s[len(s):] = [7]
print(s)
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[-2:], r[::2][1])
print("hello"[10:], "hello"[-10:2], "hello"[3:1], "hello"[::-2])
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b, b[::-1], bytes(b[::2]))
print(slice(1, 2) == slice(1, 2), slice(1, 2, None), repr(slice(None)))
