import tokenize, io, inspect
print(len(list(tokenize.generate_tokens(io.StringIO("lambda: ())\n").readline))), "tokens")
x = (
    lambda: ())
print(repr(inspect.getsource(x)))
import token
for src in ["a = (1))\n", "x = [1, 2)\n", "}\n"]:
    try:
        print([(token.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)])
    except Exception as e: print(type(e).__name__, e)
for src in ["a = (1))\n", "x = [1, 2)\n"]:
    try: compile(src, "<s>", "exec")
    except SyntaxError as e: print("SyntaxError", e.msg)
