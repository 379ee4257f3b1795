# zoneinfo over the system time zone database (sysconfig supplies TZPATH), with datetime arithmetic.
import datetime
import sysconfig
import zoneinfo

print(bool(sysconfig.get_config_var("TZPATH")), sysconfig.get_config_var("SIZEOF_VOID_P"))
paris = zoneinfo.ZoneInfo("Europe/Paris")
ny = zoneinfo.ZoneInfo("America/New_York")
print(paris, ny.key, zoneinfo.ZoneInfo("Europe/Paris") is paris)
for month in (1, 3, 7, 11):
    d = datetime.datetime(2024, month, 15, 12, 30, tzinfo=paris)
    print(d.isoformat(), d.tzname(), d.utcoffset(), d.dst(), d.astimezone(ny).isoformat())
# the spring-forward gap and fall-back fold
before = datetime.datetime(2024, 3, 31, 1, 59, tzinfo=paris)
print(before.utcoffset(), (before + datetime.timedelta(minutes=2)).utcoffset())
amb = datetime.datetime(2024, 10, 27, 2, 30, tzinfo=paris)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset())
utc = datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)
print(utc.astimezone(paris), utc.astimezone(zoneinfo.ZoneInfo("Asia/Tokyo")).hour)
try:
    zoneinfo.ZoneInfo("Not/AZone")
except zoneinfo.ZoneInfoNotFoundError as e:
    print(type(e).__name__, e)
