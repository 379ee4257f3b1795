import datetime as d
t = d.datetime(2024, 2, 29, 13, 45, 30)
print(t, t + d.timedelta(days=1, hours=12), t.isoformat(), t.strftime("%Y/%m/%d %H:%M"), t.weekday())
print(d.date(2020, 1, 1) - d.date(2019, 1, 1), d.timedelta(seconds=3661), repr(d.timedelta(days=-1)))
print(d.datetime.fromisoformat("2021-05-06T07:08:09"), d.date.fromordinal(738000), t.replace(year=2023, day=28).timetuple()[:6])
print(d.datetime(2024, 1, 1, tzinfo=d.timezone.utc).isoformat(), d.timezone(d.timedelta(hours=-5)))
