# Without gc.collect(): an abandoned async generator is still handed to asyncio's finalizer hook
# once the collector finds it unreachable (on a tracing collector: at some later collection,
# which the garbage made here brings about), while the loop goes on running.
import asyncio
import time

events = []
garbage = [None]


async def ticker():
    try:
        yield 1
        yield 2
    finally:
        events.append('closed')


async def main():
    g = ticker()
    await g.__anext__()
    del g
    start = time.monotonic()
    while not events and time.monotonic() - start < 60:
        # stored where compiled code cannot prove it unused, so it is really allocated
        garbage[0] = [bytes(1000) for _ in range(10000)]
        await asyncio.sleep(0)
    print(events)


asyncio.run(main())
