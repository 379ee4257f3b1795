# tokenize over Taipan's tokenizer: every token kind with positions and lines (3.12's stream,
# including f-string pieces, comments and NL), exact types, untokenize, errors, inspect.getsource.
import inspect
import io
import tokenize

SOURCES = [
    '''import os  # comment
# own line
@decorator(1)
def f(a, b=2, *args, **kw) -> int:
    """doc
    string"""
    if a:   # trailing
        return a + b ** 2

    x = [1,
         2.5e-3, 0x1F, 1_000j]  # in brackets
    y = a if b else \\
        b
    return f"{a!r:>{b}} and {b}" + rb'raw' + 'plain'
class C:
    async def m(self):
        await g(); z = lambda: (yield)
''',
    "x = 1",
    "",
    "\n\n# only comment\n",
    "if x:\n\tpass\nelse:\n    y = {'k': [1, 2]}\n",
    "s = '''multi\nline''' ; t = 'é' + \"\\U0001F600\"\n",
]
for src in SOURCES:
    print("----", repr(src[:20]))
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    for t in toks:
        print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
    print(tokenize.untokenize(toks) == src or repr(tokenize.untokenize(toks)))

for bad in ["x = (1,\n", "s = 'abc\n", "def f():\n  x\n y\n", "a = $\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, SyntaxError) as e:
        print(type(e).__name__, e)

by_bytes = list(tokenize.tokenize(io.BytesIO("# -*- coding: latin-1 -*-\nx = 'é'\n".encode("latin-1")).readline))
print([(tokenize.tok_name[t.type], t.string) for t in by_bytes])


def g(x):
    # comment
    return x * 2


class K:
    def meth(self):
        return 3


print(inspect.getsource(g))
print(inspect.getsource(K.meth))
print(inspect.getsource(K))
print(inspect.signature(len), inspect.signature(g))
