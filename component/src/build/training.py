# The training run behind the standalone's AOT cache (see standalone.sh): it should touch what
# typical programs touch at start-up (parser, compiler, common builtins and types, exceptions,
# imports) and keep one function hot long enough for the Graal compiler to run, so the cache
# also holds the compiler's own profiles.
import sys

# The standard library modules most programs import: loading them here puts the Java classes
# their import runs (the compiler's paths, the builtins and modules they use) in the cache.
import argparse
import collections
import contextlib
import dataclasses
import datetime
import enum
import functools
import itertools
import json
import os
import pathlib
import random
import re
import string
import textwrap
import typing


@dataclasses.dataclass
class Record:
    name: str
    size: int = 0


class Mode(enum.Enum):
    READ = 1
    WRITE = 2


Pair = collections.namedtuple("Pair", "left right")
parser = argparse.ArgumentParser(prog="training")
parser.add_argument("--count", type=int, default=3)
options = parser.parse_args([])
record = json.loads(json.dumps({"name": Record("r", 2).name, "mode": Mode.READ.name, "pair": Pair(1, 2).left}))
print(record, options.count, re.findall(r"[a-z]+", "one two three"), collections.Counter("abca").most_common(1),
      datetime.date(2024, 1, 2).isoformat(), os.path.join("a", "b"), pathlib.PurePosixPath("/x/y").name,
      textwrap.shorten("a b c d e f", 5), string.ascii_lowercase[:3], random.Random(1).random() < 1,
      list(itertools.islice(itertools.count(), 3)), functools.reduce(lambda a, b: a + b, [1, 2, 3]),
      typing.Optional[int] is not None)
with contextlib.suppress(KeyError):
    {}["x"]


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


# Shapes of hot code the cache should have seen compiled: recursion, closures, generator
# pipelines, float arithmetic and object allocation in loops.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


for _ in range(3):
    inc = make_counter(3)
    v = Vec(0.0, 1.0)
    acc, x = 0, 0.0
    for i in range(200000):
        v = v.add(Vec(0.5, i * 0.5))
        acc += inc() % 1000
        x += (i - acc) * 0.5
    print(fib(22), sum(y * y for y in evens(squares(300000))), acc, x, v.x)
