# Dict subscripts with keys whose class defines __hash__ in Python (Enum members, frozen
# dataclasses, plain classes): the hash is cached per class at each site and must follow the
# protocol (results reduced, -1 treated as -2, non-int rejected, later changes seen).
import dataclasses
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass(frozen=True)
class Pt:
    x: int
    y: int


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v


def run(label, f, n=200):
    results = set()
    for _ in range(n):
        results.add(repr(f()))
    print(label, sorted(results))


def count(keys):
    d = {}
    for k in keys:
        d[k] = d[k] + 1 if k in d else 1
        d[k] += 0
    return sorted((repr(k) if not isinstance(k, Key) else 'Key(%r)' % k.v, v) for k, v in d.items())


run('enum', lambda: count([Color.RED, Color.GREEN, Color.RED]))
run('frozen dataclass', lambda: count([Pt(1, 2), Pt(1, 2), Pt(2, 1)]))
run('equal, not identical', lambda: count([Key(1), Key(1), Key(2)]))
run('big and -1 hashes', lambda: (count([Key(2 ** 70), Key(2 ** 70), Key(-1), Key(-2)]), hash(Key(-1)), hash(Key(2 ** 70)) == hash(2 ** 70)))
run('bool hash', lambda: count([Key(True), Key(True)]))
d = {Key(5): 'five'}
run('lookup', lambda: d[Key(5)])
for bad in (lambda: d[Key('x')], lambda: d[Key(6)]):
    for _ in range(30):
        try:
            bad()
        except (TypeError, KeyError) as e:
            err = type(e).__name__ + (': ' + str(e) if isinstance(e, TypeError) else '')
    print(err)
Key.__hash__ = lambda self: 0
run('after __hash__ changed', lambda: (Key(5) in d, d.get(Key(5)), count([Key(7), Key(8)])))
Key.__hash__ = None
for _ in range(30):
    try:
        d[Key(5)]
    except TypeError as e:
        err = str(e)
print(err)

# `in`, `not in` and dict.get take the same cached hash; dict subclasses and other containers
# keep their own protocol
Key.__hash__ = lambda self: self.v
e = {Key(1): 'one', Color.RED: 'red'}


class Tracking(dict):
    def __contains__(self, key):
        return 'tracked'


run('in / not in / get', lambda: (Key(1) in e, Key(2) in e, Key(2) not in e, Color.RED in e, Color.GREEN not in e,
                                  e.get(Key(1)), e.get(Key(3), 'dflt'), e.get(Color.RED)))
run('subclass __contains__', lambda: ('x' in Tracking(), 5 in [1, 5], 'b' in 'abc', 3 in {3}))
s = {Key(1), Color.RED, 'str', 3}
fs = frozenset({Key(2), 4})
run('set membership', lambda: (Key(1) in s, Key(9) in s, Color.GREEN not in s, 'str' in s, 3 in s, 3.0 in s, Key(2) in fs, 5 not in fs,
                               frozenset({4}) in {frozenset({4})}, {4} in {frozenset({4})}))
for _ in range(30):
    try:
        [1] in s
    except TypeError as e:
        err = str(e)
print(err)
