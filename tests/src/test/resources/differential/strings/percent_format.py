# printf-style % formatting for strings: conversions, flags, width/precision, mappings
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (42, -3, 7, 42, 42, 42, 42, 42))
print("%x %X %#x %#o %o %e %E %f %g %G %%" % (255, 255, 255, 8, 8, 12345.678, 0.0001, 3.14159, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3e %.2g" % (2.675, 3.14159, 2.5, 0.5, 123456, 0.000123))
print("%c%c %c" % (72, "i", 0x263A), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"), "%*d|%-*d|" % (5, 1, 4, 2))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%(x)r" % {"x": [1]})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%s" % ((1, 2),))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1.0), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "%x" % -255, "%o" % -8, "%d" % 2 ** 70, "%.1f%%" % 99.5)
