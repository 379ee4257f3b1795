# aiter, anext (with and without default), breakpoint with PYTHONBREAKPOINT=0, and site's exit/quit objects (made on first use).
import builtins
print(callable(exit), type(quit).__name__, str(exit))
print(hasattr(builtins, "aiter"), hasattr(builtins, "license"))
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
try:
    aiter(1)
except TypeError as e:
    print(e)
try:
    anext(1)
except TypeError as e:
    print(e)
c = main()
try:
    c.send(None)
except StopIteration:
    pass
import os
import sys
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.breakpointhook))
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
sys.breakpointhook = lambda *a, **k: print("hooked", a, k)
breakpoint(1, x=2)
sys.breakpointhook = sys.__breakpointhook__
exit(3)
