# Everyday library code: dataclasses, an Enum, a namedtuple, a regular expression, a Counter,
# sorting with a key, %-formatting and f-strings, and a JSON round trip. Imports included.
import collections
import dataclasses
import enum
import json
import re


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self):
        return self.price * self.qty


Point = collections.namedtuple('Point', 'x y')
WORD = re.compile(r'[a-z]+')


def work(n):
    items = [Item('item%d' % i, i * 1.5, i % 7) for i in range(n)]
    by_color = collections.defaultdict(list)
    for i, it in enumerate(items):
        by_color[Color.RED if i % 2 else Color.GREEN].append(it)
    totals = {c.name: sum(it.total() for it in its) for c, its in by_color.items()}
    words = collections.Counter(WORD.findall(' '.join(it.name for it in items[:200])))
    s = sum(p.x * p.y for p in (Point(i, -i) for i in range(n)))
    back = json.loads(json.dumps({'totals': totals, 'n': n, 'top': words.most_common(3)}))
    ranked = sorted(items, key=lambda it: (-it.qty, it.name))[:5]
    return back['n'], s, [f'{it.name}:{it.price:.2f}' for it in ranked], back['totals']


for _ in range(250):
    result = work(5000)
print(result)
