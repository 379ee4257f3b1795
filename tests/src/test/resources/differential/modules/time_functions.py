import time

t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.02)
print(time.time() - t0 >= 0.015, time.monotonic() - m0 >= 0.015, time.perf_counter() - p0 >= 0.015, isinstance(time.time_ns(), int))
g = time.gmtime(1_000_000_000)
print(g, tuple(g), g.tm_year, g.tm_zone, g.tm_gmtoff, len(g))
print(time.gmtime(0)[:6], time.gmtime(-86400.5)[:8], time.gmtime(1e9 + 0.9).tm_sec)
print(time.asctime(g), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
fmt = "%a %A %b %B %d %e %H %I %j %m %M %p %S %U %W %w %y %Y %C %D %F %T %R %u %V %G %g %% %x %X %c"
print(time.strftime(fmt, g))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z", time.gmtime(86400 * 365.25 * 30)))
for d in range(1, 15):
    tt = time.gmtime(86400 * (d + 360))
    print(time.strftime("%j %U %W %V %G %a", tt), end=" | ")
print()
lt = time.localtime(1_000_000_000)
print(time.mktime(lt) == 1_000_000_000.0, time.mktime(time.localtime(12345)) == 12345.0)
print(type(time.struct_time).__name__, time.struct_time.__name__, isinstance(g, tuple))
for bad in (lambda: time.sleep(-1), lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (1, 2)), lambda: time.get_clock_info("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
info = time.get_clock_info("monotonic"); print(info.monotonic, info.adjustable)
