# A generator function called again while its own body is running: recursive `yield from`,
# a nested for loop over itself, next() on a fresh instance, and a coroutine awaiting itself.
# Each call runs the function's prologue while an earlier frame of the same code is suspended
# or executing, and enough calls are made for the interpreter to specialise (and the JIT to
# compile) the code in between.


def walk(tree):
    # yield from itself: a depth-first walk of nested lists
    for node in tree:
        if isinstance(node, list):
            yield from walk(node)
        else:
            yield node


def count_down(n):
    if n:
        for v in count_down(n - 1):
            yield v
    yield n


def peek(n):
    if n > 0:
        inner = peek(n - 1)
        yield ('first of inner', next(inner))
    yield n


def read_all(chunks):
    # the shape of asyncio's StreamReader.read(-1): a coroutine awaiting itself in a loop
    async def read(n):
        if n < 0:
            blocks = []
            while True:
                block = await read(2)
                if not block:
                    return ''.join(blocks)
                blocks.append(block)
        return chunks.pop(0) if chunks else ''
    coro = read(-1)
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


tree = [1, [2, [3, [4, [5]]], 6], [[7], 8], 9]
for round_ in range(40):
    flat = list(walk(tree))
    down = list(count_down(6))
    peeked = list(peek(3))
    text = read_all(['ab', 'cd', 'ef'])
print(flat)
print(down)
print(peeked)
print(text)
print(sum(sum(walk([[i, [i * 2]], i * 3])) for i in range(300)))
