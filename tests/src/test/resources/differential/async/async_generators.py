import types

@types.coroutine
def suspend(tag):
    received = yield tag
    return received

def run(coro, sends=()):
    """A tiny event loop: records what the coroutine suspends with."""
    trace = []
    sends = list(sends)
    value = None
    try:
        while True:
            trace.append(coro.send(value))
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        return e.value, trace

async def numbers(n):
    try:
        for i in range(n):
            got = await suspend(f"wait{i}")
            yield i, got
    finally:
        print("numbers cleanup")

async def consume():
    out = []
    async for pair in numbers(3):
        out.append(pair)
    return out
print(run(consume(), ["a", "b", "c"]))

async def protocol():
    g = numbers(5)
    print(type(g).__name__, g.__aiter__() is g, type(g.__anext__()).__name__)
    first = await g.__anext__()
    second = await g.asend("sent")
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")
    return first, second
print(run(protocol()))

async def closing():
    g = numbers(10)
    await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    return "done"
print(run(closing()))

async def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"
async def use_catcher():
    g = catcher()
    a = await g.__anext__()
    b = await g.athrow(KeyError)
    return a, b
print(run(use_catcher()))

async def comprehensions():
    lst = [x * 2 async for x, _ in numbers(3)]
    st = {x async for x, _ in numbers(2)}
    dct = {x: y async for x, y in numbers(2)}
    gen = (x + 100 async for x, _ in numbers(2))
    print(type(gen).__name__)
    via_gen = [v async for v in gen]
    awaited = [await suspend(i) for i in range(2)]
    return lst, st, dct, via_gen, awaited
print(run(comprehensions()))

async def bad_anext():
    g = numbers(1)
    await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return "stop"
print(run(bad_anext()))
