# asyncio end to end: asyncio.run (its asyncgen hooks), tasks, gather, queues, locks, timeouts,
# cancellation, async generators closed at loop shutdown, and subprocesses over os.pipe().
import asyncio
import sys

events = []


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        events.append('ticker closed')


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        results.append((name, item * item))
        q.task_done()


async def main():
    print(await asyncio.gather(*(asyncio.sleep(0.01 * (3 - i), result=i) for i in range(3))))
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(2)]
    for i in range(6):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(r[1] for r in results))
    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(order)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except TimeoutError:
        print('wait_for timed out')
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    # kept referenced until the loop shuts down, which closes it (shutdown_asyncgens); were it
    # dropped here, it would be closed whenever the collector finds it (asyncgen_finalizer.py)
    global agen
    agen = ticker(10)
    print([x async for x in ticker(3)], await agen.__anext__())
    firstiter, finalizer = sys.get_asyncgen_hooks()
    print(firstiter is not None, finalizer is not None)
    p = await asyncio.create_subprocess_exec('echo', 'from a child', stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.read(), await p.wait())
    p = await asyncio.create_subprocess_shell('cat; echo done >&2', stdin=asyncio.subprocess.PIPE,
                                              stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.communicate(b'data in'), p.returncode)
    return 'main done'

print(asyncio.run(main()))
print(events)
print(sys.get_asyncgen_hooks())
print(sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
