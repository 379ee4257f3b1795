import types
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, type(e).__name__, e)
async def sp(): return 'spam'
async def rd(c): return await c
c = sp()
t("1st await:", lambda: rd(c).send(None))
t("2nd await of same coro:", lambda: rd(c).send(None))
t("send on done:", lambda: c.send(None))
t("throw on done:", lambda: c.throw(ValueError('v')))
t("close on done:", lambda: c.close())
@types.coroutine
def sus(): yield 'x'
async def waiter(c): return await c
inner = waiter(sus())
a = waiter(inner); t("a:", lambda: a.send(None))
b = waiter(inner); t("b:", lambda: b.send(None))
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 42
async def loop():
    async for x in BadAnext(): pass
t("bad anext:", lambda: loop().send(None))
def g(): yield 1
gg = g(); list(gg)
t("gen send done:", lambda: gg.send(None))
t("gen throw done:", lambda: gg.throw(ValueError('v')))
async def ag():
    yield 1
agen = ag()
async def drive():
    return [x async for x in agen]
t("agen:", lambda: drive().send(None))
t("agen again:", lambda: drive().send(None))
async def agen2(xs):
    for x in xs: yield x
async def main():
    gen = ([i + j async for i in agen2([1, 2])] for j in [10, 20])
    print(type(gen).__name__)
    return [x async for x in gen]
t("async genexp:", lambda: main().send(None))
for src in ["def f():\n    await x\n", "lambda: await x", "def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n", "def f():\n    return (await x for x in y)\n",
            "def f():\n    return (x async for x in y)\n", "async def f():\n    return [[z async for z in x] for x in y]\n",
            "def f():\n    return [[z async for z in x] for x in y]\n", "def f():\n    return ([z async for z in x] for x in y)\n",
            "def f():\n    return {x: 1 async for x in y}\n"]:
    try:
        compile(src, "<s>", "exec"); print("ok", repr(src))
    except SyntaxError as e: print("SyntaxError", e.msg, e.lineno, repr(src))
