package dev.taipan.runtime.time;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/** {@code time.strftime} and {@code asctime} in the C locale, written against glibc's behaviour. */
public final class TimeFormat {
    private TimeFormat() {
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String pad(int v, int width, char fill) {
        StringBuilder sb = new StringBuilder(Integer.toString(v));
        while (sb.length() < width) {
            sb.insert(0, fill);
        }
        return sb.toString();
    }

    private static String dayName(ZonedDateTime t, TextStyle style) {
        return t.getDayOfWeek().getDisplayName(style, Locale.US);
    }

    private static String monthName(ZonedDateTime t, TextStyle style) {
        return t.getMonth().getDisplayName(style, Locale.US);
    }

    /** asctime's fixed layout: "Sun Jun 20 23:21:05 1993". */
    @TruffleBoundary
    public static String asctime(ZonedDateTime t) {
        return dayName(t, TextStyle.SHORT) + " " + monthName(t, TextStyle.SHORT) + " " + pad(t.getDayOfMonth(), 2, ' ') + " " + two(t.getHour()) + ":" + two(t.getMinute()) + ":" +
                        two(t.getSecond()) + " " + t.getYear();
    }

    /** Week number with weeks starting on {@code firstDay} (0 = Sunday, 1 = Monday), as %U/%W. */
    private static int weekOfYear(ZonedDateTime t, int firstDay) {
        int yday = t.getDayOfYear() - 1;
        int wday = t.getDayOfWeek().getValue() % 7; // Sunday = 0
        return (yday + 7 - ((wday - firstDay + 7) % 7)) / 7;
    }

    @TruffleBoundary
    public static String strftime(String format, ZonedDateTime t, boolean isDst, String zoneName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(dayName(t, TextStyle.SHORT));
                case 'A' -> sb.append(dayName(t, TextStyle.FULL));
                case 'b', 'h' -> sb.append(monthName(t, TextStyle.SHORT));
                case 'B' -> sb.append(monthName(t, TextStyle.FULL));
                case 'c' -> sb.append(asctime(t));
                case 'C' -> sb.append(two(t.getYear() / 100));
                case 'd' -> sb.append(two(t.getDayOfMonth()));
                case 'D' -> sb.append(two(t.getMonthValue())).append('/').append(two(t.getDayOfMonth())).append('/').append(two(t.getYear() % 100));
                case 'e' -> sb.append(pad(t.getDayOfMonth(), 2, ' '));
                case 'F' -> sb.append(t.getYear()).append('-').append(two(t.getMonthValue())).append('-').append(two(t.getDayOfMonth()));
                case 'G' -> sb.append(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'g' -> sb.append(two(t.get(IsoFields.WEEK_BASED_YEAR) % 100));
                case 'H' -> sb.append(two(t.getHour()));
                case 'I' -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'j' -> sb.append(pad(t.getDayOfYear(), 3, '0'));
                case 'k' -> sb.append(pad(t.getHour(), 2, ' '));
                case 'l' -> sb.append(pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, 2, ' '));
                case 'm' -> sb.append(two(t.getMonthValue()));
                case 'M' -> sb.append(two(t.getMinute()));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'P' -> sb.append(t.getHour() < 12 ? "am" : "pm");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", t, isDst, zoneName));
                case 'R' -> sb.append(two(t.getHour())).append(':').append(two(t.getMinute()));
                case 's' -> sb.append(t.toEpochSecond());
                case 'S' -> sb.append(two(t.getSecond()));
                case 't' -> sb.append('\t');
                case 'T' -> sb.append(two(t.getHour())).append(':').append(two(t.getMinute())).append(':').append(two(t.getSecond()));
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'U' -> sb.append(two(weekOfYear(t, 0)));
                case 'V' -> sb.append(two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'W' -> sb.append(two(weekOfYear(t, 1)));
                case 'x' -> sb.append(two(t.getMonthValue())).append('/').append(two(t.getDayOfMonth())).append('/').append(two(t.getYear() % 100));
                case 'X' -> sb.append(two(t.getHour())).append(':').append(two(t.getMinute())).append(':').append(two(t.getSecond()));
                case 'y' -> sb.append(two(t.getYear() % 100));
                case 'Y' -> sb.append(t.getYear());
                case 'z' -> {
                    int off = t.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    sb.append(two(off / 3600)).append(two(off / 60 % 60));
                }
                case 'Z' -> sb.append(zoneName);
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /** Validates struct_time-style fields as CPython's checktm does. */
    public static void check(long mon, long mday, long hour, long min, long sec, long wday, long yday) {
        if (mon < 1 || mon > 12) {
            throw PythonErrors.valueError("month out of range");
        }
        if (mday < 1 || mday > 31) {
            throw PythonErrors.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw PythonErrors.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw PythonErrors.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw PythonErrors.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw PythonErrors.valueError("day of week out of range");
        }
        if (yday < 1 || yday > 366) {
            throw PythonErrors.valueError("day of year out of range");
        }
    }
}
