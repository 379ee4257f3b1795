import json, collections, enum
od = collections.OrderedDict([('a', 1), ('b', 2), ('c', 3)]); od.move_to_end('a')
print(json.dumps(od), json.dumps({'x': od}, indent=1))
class WierdNum(float, enum.Enum):
    inf = float('inf')
    neg_inf = float('-inf')
    nan = float('nan')
print(json.dumps([WierdNum.inf, WierdNum.neg_inf]))
print(json.dumps({float('inf'): 1, float('-inf'): 2, 1.5: 3, True: 4, None: 5}))
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
class BadMeta(type):
    @classmethod
    def __prepare__(*args): return None
def mk():
    class Foo(metaclass=BadMeta): pass
t("prepare:", mk)
def run(c):
    try: c.send(None)
    except StopIteration as e: return e.value
class CM:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def f():
    async with CM(): pass
t("aenter:", lambda: run(f()))
class CM2:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def f2():
    async with CM2(): pass
t("aexit:", lambda: run(f2()))
