# %-formatting of ints: every integer conversion with flags, width and precision, for small ints,
# ints around the 64-bit limits and beyond, bools, objects with __index__/__int__, and floats
# where %d/%i/%u truncate (and %o/%x refuse them).
vals = [0, 7, -7, 255, -255, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, -3**50, True, False]
for v in vals:
    print('%d|%i|%u|%o|%x|%X|%5d|%-6d|%+d|% d|%05d|%.3d|%#o|%#x|%#X|%+08x' % ((v,) * 16))
for f in [3.9, -3.9, 0.5, -0.0, 1e20]:
    print('%d %i %u %5d %+d' % (f, f, f, f, f))
    try:
        print('%x' % f)
    except TypeError as e:
        print('TypeError:', e)


class I:
    def __index__(self):
        return 42

    def __int__(self):
        return 43


print('%d %x %o' % (I(), I(), I()))
print(''.join('item%d,' % i for i in range(0, 2000, 97)))
print('%d' % 12345678901234567890123, '%x' % -(2**70), str(10**18), str(-10**18))
