# The training run behind the standalone's AOT cache (see standalone.sh): it should touch what
# typical programs touch at start-up (parser, compiler, common builtins and types, exceptions,
# imports) and keep one function hot long enough for the Graal compiler to run, so the cache
# also holds the compiler's own profiles.
import sys


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f"Shape({self.name!r}, {self.sides})"


def squares(n):
    for i in range(n):
        yield i * i


def work(n):
    total = 0
    i = 0
    while i < n:
        total += i % 7
        i += 1
    return total


shapes = [Shape(name, n) for name, n in {"triangle": 3, "square": 4}.items()]
words = "the quick brown fox".split()
print(sorted(words, key=len), max(shapes, key=lambda s: s.sides), sum(squares(10)))
print(words[0], f"{words[1]!r}", repr(3.25), 2 ** 70, divmod(17, 5))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
for k in range(60):
    work(20000)
print(work(100), len(sys.argv))
