# A builtin called with the wrong number of arguments reports it in the words of its CPython
# calling convention (no arguments, exactly one, or an argument-clinic range).
for f in ("len()", "len(1, 2)", "abs()", "(1,).count()", "[].append()", "[].append(1, 2)", "'a'.join()", "{}.get()", "iter()", "ord()", "chr()", "hash()", "id()", "callable()", "repr()", "set().add()", "[].remove()", "'x'.upper(1)", "[].copy(1)", "next()"):
    try:
        eval(f)
    except TypeError as e:
        print(f, '->', e)
