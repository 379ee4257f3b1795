# Scope errors found by the symbol table, reported as SyntaxError with CPython's message and line.
programs = [
    "x = 1\ndef f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    nonlocal a\n",
    "class C:\n    nonlocal q\n",
    "def f():\n    return\n    yield from ()\nasync def g():\n    yield from ()\n",
    "def f():\n    from os import *\n",
    "[i for i in range(3) if (i := 0)]\n",
    "[x := 1 for x in range(3)]\n",
    "def f(*, a, a):\n    pass\n",
    "lambda a, a: 0\n",
    "def f():\n    x: int = 1\n    global x\n",
    "return 5\n",
    "yield 1\n",
    "await x\n",
    "def f():\n    class C:\n        nonlocal w\n",
]
for src in programs:
    try:
        compile(src, "<prog>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
