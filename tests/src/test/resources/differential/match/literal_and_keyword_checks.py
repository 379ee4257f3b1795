# Compile-time checks of match patterns (CPython's compiler): mapping keys equal as Python
# values after folding (0, 0.0 and False; -1 and -1.0; 1+2j), class pattern keywords given
# twice, and f-strings where only literals may be; with each error's position.
srcs = [
    "match x:\n case C(x=1, x=2): pass",
    "match x:\n case C(1, a=1, b=[y], a=3): pass",
    "match x:\n case {0: 1, 0.0: 2}: pass",
    "match x:\n case {1: 1, True: 2}: pass",
    "match x:\n case {-1: 1, -1.0: 2}: pass",
    "match x:\n case {1j: 1, 1j: 2}: pass",
    "match x:\n case {1+2j: 1, 1+2j: 2}: pass",
    "match x:\n case {b'a': 1, b'a': 2}: pass",
    "match x:\n case {'a': 1, b'a': 2}: pass",
    "match x:\n case {0.5: 1, 1/2: 2}: pass",
    "match x:\n case {None: 1, None: 2}: pass",
    "match x:\n case {2**64: 1}: pass",
    "match x:\n case {18446744073709551616: 1, 18446744073709551616: 2}: pass",
    "match x:\n case {0: 1, False: 2}: pass",
    "match x:\n case f'x': pass",
    "match x:\n case {f'x': 1}: pass",
    "match x:\n case [f'{x}']: pass",
    "match x:\n case 'a' f'b': pass",
]
for s in srcs:
    try:
        compile(s, "<p>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# keys that differ stay allowed, and the patterns still match
for value in ({0: "zero", "0": "str"}, {1.5: "x", b"1": "y"}, {-1: "neg"}, {2j: "imag"}):
    match value:
        case {0: a, "0": b}:
            print("int and str keys", a, b)
        case {1.5: a, b"1": b}:
            print("float and bytes keys", a, b)
        case {-1: a}:
            print("negative key", a)
        case {2j: a}:
            print("imaginary key", a)
