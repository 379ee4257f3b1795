# compile() itself rejects misplaced break/continue/return, repeated keywords and a bare except
# that is not last, with CPython's message and position (not later, when the code first runs).
for s in ["f(x=2, x=5)", "f(x=2, **k, x=5)", "break", "continue", "if 1:\n  break", "while 1:\n  def f():\n    break",
          "for x in y:\n  class A:\n    continue", "while 1:\n  pass\nelse:\n  break",
          "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass", "try:\n  pass\nexcept* ValueError:\n  break",
          "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue", "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1",
          "try:\n  pass\nexcept* ValueError:\n  for x in y:\n    break", "try:\n  pass\nexcept* ValueError:\n  def f():\n    return 1",
          "while 1:\n  try:\n    pass\n  finally:\n    continue", "for x in y:\n  try:\n    break\n  except:\n    continue\n  else:\n    break",
          "while 1:\n  with x:\n    break", "async def f():\n  async for x in y:\n    break"]:
    try: compile(s, '<s>', 'exec'); print("compile accepted", repr(s))
    except SyntaxError as e: print("SyntaxError", e.msg, e.lineno, e.offset)
    if "while 1" not in s:
        try: exec(s, {"y": [], "x": None, "f": print}); print("exec ran", repr(s))
        except SyntaxError as e: print("  exec SyntaxError", e.msg)
        except Exception as e: print("  exec", type(e).__name__)
