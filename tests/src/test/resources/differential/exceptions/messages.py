# CPython's messages for common runtime errors
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: [1][5],
    lambda: {}["key"],
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None.attr,
    lambda: int("x12"),
    lambda: undefined_name,
    lambda: [].pop(),
    lambda: (1, 2)[3],
    lambda: "abc"[10],
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: int.__new__(5),
    lambda: {}.pop("x"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: 2 ** 10000 * 1.0,
    lambda: abs("s"),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(k=1),
    lambda: object().missing,
    lambda: hash([]),
    lambda: float("abc"),
    lambda: chr(-1),
    lambda: [] < 1,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
