# str.format shares its parser with string.Formatter; errors and corner cases
cases = [
    ("{}", (1,), {}), ("{0[1]}", ([5, 6],), {}), ("{0[a]}", ({"a": 7},), {}), ("{x.imag}", (), {"x": 2}),
    ("{0!r}", ("s",), {}), ("{0!s:>4}", (1,), {}), ("{:{}}", (1, 5), {}), ("{0:{1}{2}}", (3, ">", 4), {}),
    ("{{}}", (), {}), ("{0[1:2]}", ({"1:2": "c"},), {}), ("a}}b{{c", (), {}), ("{0!a}", ("é",), {}),
]
for fmt, args, kw in cases:
    print(repr(fmt), repr(fmt.format(*args, **kw)))

bad = ["{", "}", "{0!}", "{0!x}", "{0!rr}", "{0:{1:{2}}}", "{0[}", "{0[0]x}", "{0.}", "{a{}", "{0!", "{1}", "{} {0}", "{0} {}", "{0", "{0:"]
for fmt in bad:
    try:
        print(repr(fmt), fmt.format(1, 2, 3))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{a}".format_map({"a": 1}))
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{a}".format()
except KeyError as e:
    print("KeyError:", e)
