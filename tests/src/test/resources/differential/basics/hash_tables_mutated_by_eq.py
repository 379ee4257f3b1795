# __eq__ that empties the container being searched: the lookup starts again (no crash)
armed = False
class ClearsSet:
    def __eq__(self, other):
        if armed:
            s.clear()
        return False
    def __hash__(self):
        return 1
def fresh_set():
    global armed, s
    armed = False
    s = {ClearsSet(), ClearsSet()}
    armed = True
fresh_set()
print(ClearsSet() in s, len(s))
fresh_set()
s.add(ClearsSet())
print(len(s))
fresh_set()
s.discard(ClearsSet())
print(len(s))

class ClearsDict:
    def __eq__(self, other):
        if armed:
            d.clear()
        return False
    def __hash__(self):
        return 1
def fresh_dict():
    global armed, d
    armed = False
    d = {ClearsDict(): 1, ClearsDict(): 2}
    armed = True
fresh_dict()
print(d.get(ClearsDict()), len(d))
fresh_dict()
d[ClearsDict()] = 3
print(len(d), list(d.values()))
fresh_dict()
print(d.pop(ClearsDict(), "absent"), len(d))

# random __eq__/__hash__ that clear either set mid-operation: only RuntimeError may come out
from random import randrange, seed
seed(5)
class Bad:
    def __eq__(self, other):
        if not enabled:
            return False
        if randrange(20) == 0:
            set1.clear()
        if randrange(20) == 0:
            set2.clear()
        return bool(randrange(2))
    def __hash__(self):
        return randrange(2)
unexpected = []
for op in ("update", "intersection_update", "difference_update", "symmetric_difference_update", "__or__", "__and__", "__sub__", "__xor__", "__eq__", "__le__"):
    for _ in range(100):
        enabled = False
        set1 = set(Bad() for _ in range(randrange(50)))
        set2 = set(Bad() for _ in range(randrange(50)))
        enabled = True
        try:
            getattr(set1, op)(set2)
        except RuntimeError as e:
            if "changed size during iteration" not in str(e):
                unexpected.append(repr(e))
        except Exception as e:
            unexpected.append(repr(e))
print("unexpected errors:", unexpected)
