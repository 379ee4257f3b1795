import _string

for name in ["", "0", "12", "abc", "a.b", "a[0]", "a[x].y[1][z]", "0.real", "x[]", "a.", "a[0", "a[0]b", "a..b", "٣", "1a"]:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except ValueError as e:
        print(repr(name), "ValueError:", e)

first, rest = _string.formatter_field_name_split("a.b[c]")
print(next(rest), next(rest))
try:
    next(rest)
except StopIteration:
    print("done")
try:
    _string.formatter_field_name_split(None)
except TypeError as e:
    print("TypeError:", e)
try:
    _string.formatter_field_name_split("9" * 30)
except ValueError as e:
    print("ValueError:", e)
