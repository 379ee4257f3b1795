import string

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{} and {}", "a", "b"))
print(f.format("{name!r:>8}|{x[1]}|{y.real}", name="bob", x=[1, 2], y=3.5))
print(f.format("{0:{1}}", 3.14159, ".2f"))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{b!s:c}d")))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

print(Upper().format("{x} {0} {missing}", "hi", x="there"))

for bad in ["{0} {}", "{} {0}", "{", "{0:{1:{2}}}"]:
    try:
        print(f.format(bad, 1, 2, 3))
    except ValueError as e:
        print("ValueError:", e)

print(string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
print(string.Template("$who $x").safe_substitute(who="a"))
print(string.capwords(" hello  world  "))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
