# time.tzset() after os.environ["TZ"] changes: tzname, timezone, altzone, daylight, and
# localtime/mktime/ctime/strftime in zones from the tz database and from POSIX rules (both
# hemispheres, the spring gap and the autumn overlap, Julian-day rules, UTC and unknown names).
import os, time
def show(tz):
    if tz is None:
        os.environ.pop('TZ', None)
    else:
        os.environ['TZ'] = tz
    time.tzset()
    t = 1720000000  # 2024-07-03
    w = 1704100000  # 2024-01-01
    lt, lw = time.localtime(t), time.localtime(w)
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    print('  ', time.strftime('%Y-%m-%d %H:%M:%S %Z', lt), lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.strftime('%H:%M %Z', lw), lw.tm_isdst)
    print('  ', time.mktime(lt) == t, time.mktime(lw) == w, time.ctime(t))
    # a time in the spring-forward gap and in the fall-back overlap
    print('  ', time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, -1)))
for tz in ['UTC', 'EST5EDT,M3.2.0,M11.1.0', 'Europe/Paris', ':Asia/Tokyo', 'JST-9', 'CET-1CEST,M3.5.0,M10.5.0/3',
           '<+0330>-3:30', 'America/Sao_Paulo', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'XYZ3ABC,J60/1,J300', '', 'America/New_York', 'Australia/Sydney', 'Europe/London', 'Nowhere/Atlantis', 'UTC0', 'Ab']:
    show(tz)
