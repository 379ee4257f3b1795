# list(), tuple() and extend() ask a class's __len__/__length_hint__ first, and let its
# errors through; iterators report what is left as CPython's do, even after mutation.
import collections
import operator


class BadLen:
    def __iter__(self):
        return iter(range(3))

    def __len__(self):
        raise RuntimeError("len failed")


class BadHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        raise RuntimeError("hint failed")


class TypeErrorLen:
    def __iter__(self):
        return iter(range(3))

    def __len__(self):
        raise TypeError("ignored")


class NotImplementedHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return NotImplemented


for maker in (BadLen, BadHint):
    for consumer in (list, tuple, [].extend, bytearray().extend):
        try:
            consumer(maker())
            print("no error")
        except RuntimeError as e:
            print("RuntimeError", e)
print(list(TypeErrorLen()), tuple(NotImplementedHint()))
print(operator.length_hint(NotImplementedHint(), 5), operator.length_hint(iter([1, 2]), 9))


# a subclass's own __iter__ wins over its items
class LyingTuple(tuple):
    def __iter__(self):
        yield "lie"


class LyingList(list):
    def __iter__(self):
        yield "lie"


print(list(LyingTuple((1, 2))), tuple(LyingList([1, 2])), collections.deque(LyingTuple((1,))), set(LyingList([3])))
print(sorted(LyingTuple((5, 4))), [].__add__(list(LyingList([1]))), dict.fromkeys(LyingTuple((1,))))


# reversed() asks the sequence's length each time
class ShrinkingSeq:
    def __init__(self):
        self.n = 5

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i


seq = ShrinkingSeq()
r = reversed(seq)
print(operator.length_hint(r))
seq.n = 2
print(operator.length_hint(r))
seq.n = 5
print(operator.length_hint(r), list(r))

# a reversed list iterator over a list that shrank has nothing left
data = list(range(6))
r = reversed(data)
next(r)
next(r)
print(operator.length_hint(r))
data.append(6)
print(operator.length_hint(r))
data[1:] = []
print(operator.length_hint(r), list(r))

# a deque iterator stops for good once the deque changed
d = collections.deque(range(4))
it = iter(d)
next(it)
print(operator.length_hint(it))
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(operator.length_hint(it))


# iter(callable, sentinel): a StopIteration from the callable ends it, and so does a
# re-entrant call that exhausted it meanwhile
it = iter(iter([1, 2]).__next__, None)
print(list(it), next(it, "done"))


def spam():
    if spam.inner:
        return "stop"
    spam.inner = True
    list(spam.iterator)
    return "more"


spam.inner = False
spam.iterator = iter(spam, "stop")
print(next(spam.iterator, "exhausted"))


class Sentinel:
    def __eq__(self, other):
        print("sentinel compared with", other)
        return other == 3


print(list(iter(iter([1, 2, 3, 4]).__next__, Sentinel())))

# a tuple times one is itself; a subclass's is a new tuple
t = (1, 2)
empty = ()
print(t * 1 is t, 1 * t is t, t * True is t, empty * 5 is empty)
print(type(LyingTuple((1,)) * 1).__name__)

# iterating a generic alias gives its unpacked form
print(list(tuple[int, str]), [*tuple[int]][0].__unpacked__)


# zip() lets an argument's own error through
class FailingIter:
    def __iter__(self):
        raise RuntimeError("boom")


for args in (([1], 5), ([1], FailingIter())):
    try:
        zip(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
