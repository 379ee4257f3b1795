def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
def bad_tuple():
    try:
        raise ValueError
    except (ValueError, 42):
        return "caught"
t("except tuple:", bad_tuple)
def nested_ok():
    try:
        raise KeyError
    except (KeyError, IndexError):
        return "caught"
t("except tuple ok:", nested_ok)
def deltb():
    e = ValueError()
    del e.__traceback__
t("del tb:", deltb)
def settb():
    e = ValueError(); e.__traceback__ = None; return e.__traceback__
t("set tb none:", settb)
for s in ["def foo():\n  async with x: pass", "def foo():\n  async for x in y: pass", "async with x: pass",
          "async def foo():\n  async with x: pass", "async def foo():\n  async for x in y: pass",
          "async def foo():\n  def bar():\n    async for x in y: pass",
          "__debug__ = 1", "del __debug__", "for __debug__ in x: pass", "x = __debug__", "(__debug__ := 1)" ]:
    try: compile(s, '<s>', 'exec'); print("ok", repr(s))
    except SyntaxError as e: print("SyntaxError:", e.msg, e.lineno, repr(s))
