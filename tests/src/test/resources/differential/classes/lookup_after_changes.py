# Special methods found by the runtime's own lookups (len, str, repr, hash, bool, iter, ==, +,
# format, in) follow every kind of class change, after those lookups have been made many times:
# a method set on the class, on a base (also a base that had none before), deleted, replaced
# by __bases__ assignment, and added to a class while instances exist.
class Base:
    pass


class Mid(Base):
    pass


class C(Mid):
    def __len__(self):
        return 1


class Other:
    def __len__(self):
        return 100

    def __str__(self):
        return 'other'


def probe(o):
    r = []
    for _ in range(300):
        r = [len(o) if hasattr(type(o), '__len__') else None, str(o)[:12], bool(o),
             (hash(o) == 7) if type(o).__hash__ else 'unhashable', o == o, format(o, '')[:12]]
    return r


o = C()
print(probe(o))
C.__len__ = lambda self: 2
print(probe(o))
Base.__str__ = lambda self: 'base-str'
print(probe(o))
Mid.__str__ = lambda self: 'mid-str'
print(probe(o))
del Mid.__str__
print(probe(o))
Base.__bool__ = lambda self: False
print(probe(o))
Mid.__eq__ = lambda self, other: False
print(probe(o))
Mid.__hash__ = lambda self: 7
print(probe(o))
del C.__len__
print(probe(o))
C.__bases__ = (Other,)
print(probe(o))
C.__bases__ = (Mid,)
print(probe(o))
Base.__add__ = lambda self, other: 'added'
Base.__iter__ = lambda self: iter([1, 2])
Base.__contains__ = lambda self, v: v == 'x'
for _ in range(300):
    res = (o + 1, list(o), 'x' in o, 'y' in o)
print(res)
del Base.__iter__
try:
    list(o)
except TypeError as e:
    print('TypeError', e)
