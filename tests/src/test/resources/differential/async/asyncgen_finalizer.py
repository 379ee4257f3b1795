# An async generator abandoned mid-way goes to the event loop's finalizer hook once it is
# unreachable, and asyncio closes it (its finally block runs). gc.collect() makes "unreachable"
# a known point on a VM whose collector is not reference counting.
import asyncio
import gc
import sys

events = []


async def ticker(name):
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        events.append(name + ' closed')


async def abandon(name):
    g = ticker(name)
    print(name, await g.__anext__())


async def settle():
    for _ in range(3):
        await asyncio.sleep(0)


async def main():
    await abandon('a')
    gc.collect()
    await settle()
    print(events)

    async for x in ticker('b'):
        print('b', x)
        break
    gc.collect()
    await settle()
    print(events)

    # run to the end: nothing left for the finalizer
    print([x async for x in ticker('c')])
    gc.collect()
    await settle()
    print(events)

    # the hook asyncio installed is the one the generator keeps
    seen = []
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=old.firstiter, finalizer=lambda agen: seen.append(agen.__name__))
    g = ticker('d')
    await g.__anext__()
    sys.set_asyncgen_hooks(*old)
    del g
    gc.collect()
    print(seen, events)

    # a failing hook is reported as unraisable, and does not stop the program
    sys.set_asyncgen_hooks(firstiter=old.firstiter, finalizer=lambda agen: 1 / 0)
    g = ticker('e')
    await g.__anext__()
    sys.set_asyncgen_hooks(*old)
    reports = []
    sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, u.object.__name__))
    del g
    gc.collect()
    sys.unraisablehook = sys.__unraisablehook__
    print(reports)

    # an explicit __del__ goes the same way
    g = ticker('f')
    await g.__anext__()
    g.__del__()
    await settle()
    print(events)
    await g.aclose()


asyncio.run(main())
print(events)
