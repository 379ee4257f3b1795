import types
@types.coroutine
def tick():
    yield "tick"
class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await tick()
        self.i += 1
        return self.i
class Ctx:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await tick()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await tick()
        return self.suppress
async def agen(n):
    for i in range(n):
        await tick()
        yield i * 10
async def main():
    out = []
    async for i in ARange(3):
        out.append(i)
    else:
        out.append("else")
    async for i in ARange(5):
        if i == 2: continue
        if i == 4: break
        out.append(i)
    else:
        out.append("not reached")
    async with Ctx("a") as a, Ctx("b") as b:
        out.append((a, b))
    async with Ctx("s", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Ctx("r"):
            raise KeyError("kept")
    except KeyError as e:
        out.append(("caught", e.args))
    out.append([x async for x in agen(3)])
    async for (p, q) in pairs():
        out.append(p + q)
    return out
async def pairs():
    yield 1, 2
    yield 3, 4
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(run(main()))
async def bad():
    async for x in 5: pass
try: run(bad())
except TypeError as e: print(e)
async def bad2():
    async with 5: pass
try: run(bad2())
except TypeError as e: print(e)
