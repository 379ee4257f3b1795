# f-strings: nested fields, = debugging, conversions, format specs computed at run time
x, y = 3, 4.5
name = "Ada"
print(f"{x=}", f"{y = }", f"{name=!s}", f"{name!r}", f"{name!a:>8}", f"{'é'!a}")
print(f"{x + y=}", f"{x*2=:05d}")
width, prec = 10, 3
print(f"[{y:{width}.{prec}f}]", f"[{name:^{width}}]", f"[{x:{'<' if x > 2 else '>'}{width}}]")
print(f"{{literal}} {x}{{}}", f"{'nested {}'.format(1)}", f"{f'{x}'*2}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{d!r}", f"{len(d)}")
print(f"{3.14159:.2f} {1234567:,} {1234567:_} {0.25:%} {255:#x} {255:08b} {-5:+}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():abc}", f"{P()!r}", f"{P()!r:>6}")
print(f"{'a' 'b'}", f"""{x
}""", f"{x:}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items[0]!r:*^7}")
print(f"{None}", f"{True:d}", f"{1e21}", f"{-0.0}")
