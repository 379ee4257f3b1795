# statistics and calendar: pure-Python modules leaning on fractions, sorting and string formatting
import statistics as st
import calendar

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean([1, 2, 4]), st.median(data), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3]), st.multimode("aabbbcccd"), st.pstdev([1, 2, 3, 4]), round(st.stdev([1, 2, 3, 4]), 10), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 10, 100]), 10), st.median_grouped([1, 2, 2, 3, 4]), st.quantiles(range(1, 11), n=4))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 10), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 6]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8), nd + 5, nd * 2)
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)

print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), [int(v) for v in calendar.monthrange(2024, 2)], calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(firstweekday=6).formatmonth(2023, 12, w=3))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_abbr), list(calendar.month_name)[1:4], calendar.firstweekday())
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.Calendar().itermonthdays(2024, 2))[:9])
print(calendar.calendar(2024, m=6)[:400])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
