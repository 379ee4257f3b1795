import _string

cases = ["", "abc", "a{}b", "{0}{1}", "{{x}}", "a{{", "}}b", "{0!r:>10}", "{name.attr[0]:{w}}",
         "{!s}", "{:}", "x{0[a:b]}y", "{0!a}", "tail {} and {{ more", "{a}{b}{c}", "é{ü}€"]
for s in cases:
    print(repr(s), list(_string.formatter_parser(s)))

bad = ["{", "}", "a}b", "{0", "{0!", "{0!r", "{0!rx}", "{0:", "{a{b}", "x{0:{1}"]
for s in bad:
    it = _string.formatter_parser(s)
    got = []
    try:
        for chunk in it:
            got.append(chunk)
    except ValueError as e:
        print(repr(s), got, "ValueError:", e)

try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError:", e)
print(type(_string.formatter_parser("")).__name__)
