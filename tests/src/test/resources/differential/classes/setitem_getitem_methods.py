# obj[k] = v and obj[k] on classes with a Python __setitem__/__getitem__ (including dict
# subclasses calling super()), str indexing and slicing through the direct path, and the
# methods replaced after the call sites are warm.
class Store(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v, len(self)))


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __getitem__(self, pos):
        return self.cells.get(pos, '.')


def fill(n):
    s = Store()
    g = Grid()
    for i in range(n):
        s['k%d' % (i % 5)] = i
        g[i % 3, i % 2] = i
    return sorted(s.items()), [g[x, y] for x in range(3) for y in range(2)]


print(fill(3000))
Grid.__setitem__ = lambda self, pos, v: self.cells.__setitem__(pos, -v)
print(fill(10))
word = 'taipan-\u00e9\U0001F600'
out = []
for i in range(2000):
    out = [word[i % 5], word[-1], word[2:5], word[::2], word[1:-1:3], word[100:], word[-3:]]
print(out)
for bad in (1.5, 'x', None):
    try:
        word[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    word[50]
except IndexError as e:
    print('IndexError', e)
