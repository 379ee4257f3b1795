for src in ["def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "def f():\n    global y\n    y = 1\n    def g():\n        nonlocal y\n", "def f(a):\n    global a\n", "x = 1\ndef f():\n    print(x)\n    global x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
