package dev.taipan.builtins.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The local time zone as C's {@code tzset()} describes it, which is what CPython's {@code time}
 * module reports as {@code tzname}, {@code timezone}, {@code altzone} and {@code daylight}: the
 * names and UTC offsets of standard and summer time, from a POSIX rule such as
 * {@code CET-1CEST,M3.5.0,M10.5.0/3}. The rule is the TZ variable itself, or the footer of the
 * zone's TZif file (TZ naming a zone, or /etc/localtime when TZ is unset).
 *
 * <p>Read directly because java.time would load the whole tz database and the locale's zone
 * names at {@code import time} (about 40 ms in a fresh JVM), and because its short names are
 * not always the system's ("BRT" where the system says "-03").
 */
final class PosixTimeZone {
    final String standardName;
    final String summerName;
    /** Seconds west of UTC, as in {@code time.timezone}. */
    final long standardOffset;
    final long summerOffset;
    /** When summer time starts and ends (null without summer time). */
    private final ZoneOffsetTransitionRule summerStart;
    private final ZoneOffsetTransitionRule summerEnd;
    /** The TZ value itself is this rule (not a zone name whose file gave it). */
    private boolean fromTzValue;

    private PosixTimeZone(String standardName, long standardOffset, String summerName, long summerOffset, ZoneOffsetTransitionRule summerStart, ZoneOffsetTransitionRule summerEnd) {
        this.standardName = standardName;
        this.standardOffset = standardOffset;
        this.summerName = summerName;
        this.summerOffset = summerOffset;
        this.summerStart = summerStart;
        this.summerEnd = summerEnd;
    }

    private PosixTimeZone(String name, long offset) {
        this(name, offset, name, offset, null, null);
    }

    /** Whether {@link #forTz} read this rule from the TZ value itself. */
    boolean isTzValue() {
        return fromTzValue;
    }

    /** The rule as java.time rules, applied to every year (as C's localtime does). */
    ZoneRules toZoneRules() {
        ZoneOffset std = ZoneOffset.ofTotalSeconds((int) -standardOffset);
        if (summerStart == null) {
            return ZoneRules.of(std);
        }
        ZoneOffset dst = ZoneOffset.ofTotalSeconds((int) -summerOffset);
        // java.time ignores the yearly rules unless some transition precedes them: one far back
        ZoneOffsetTransition epoch = ZoneOffsetTransition.of(LocalDateTime.of(1800, 1, 1, 0, 0), dst, std);
        // the yearly rules go in calendar order (summer time spans new year in the south)
        List<ZoneOffsetTransitionRule> yearly = summerStart.getMonth().compareTo(summerEnd.getMonth()) <= 0 ? List.of(summerStart, summerEnd) : List.of(summerEnd, summerStart);
        return ZoneRules.of(std, dst, List.of(), List.of(epoch), yearly);
    }

    /** The zone for a TZ value ({@code null} when unset), or null when it cannot be worked out. */
    static PosixTimeZone forTz(String tz) {
        try {
            if (tz == null) {
                return fromRule(footer(Path.of("/etc/localtime")));
            }
            if (tz.isEmpty()) {
                return new PosixTimeZone("UTC", 0);
            }
            String name = tz.startsWith(":") ? tz.substring(1) : tz;
            PosixTimeZone rule = tz.startsWith(":") ? null : fromRule(tz);
            if (rule != null) {
                rule.fromTzValue = true;
                return rule;
            }
            Path file = name.startsWith("/") ? Path.of(name) : Path.of("/usr/share/zoneinfo", name);
            if (!Files.exists(file)) {
                return unknownZone(name);
            }
            return fromRule(footer(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** glibc's reading of a TZ it cannot find: UTC, named by the value's leading letters if there are three (else unnamed). */
    private static PosixTimeZone unknownZone(String tz) {
        int n = 0;
        while (n < tz.length() && Character.isLetter(tz.charAt(n))) {
            n++;
        }
        return new PosixTimeZone(n >= 3 ? tz.substring(0, n) : "", 0);
    }

    /** The POSIX rule after the last data block of a TZif (version 2 or later) file. */
    private static String footer(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        if (data.length < 44 || data[0] != 'T' || data[1] != 'Z' || data[2] != 'i' || data[3] != 'f' || data[4] < '2') {
            return null;
        }
        int end = data.length - 1;
        if (data[end] != '\n') {
            return null;
        }
        int start = end - 1;
        while (start >= 0 && data[start] != '\n') {
            start--;
        }
        return start < 0 ? null : new String(data, start + 1, end - start - 1, StandardCharsets.US_ASCII);
    }

    /** Parses {@code std offset [dst [offset]] [,rule]}; null if {@code rule} is not one. */
    static PosixTimeZone fromRule(String rule) {
        if (rule == null || rule.isEmpty()) {
            return null;
        }
        Cursor c = new Cursor(rule);
        String std = c.name();
        if (std == null || !c.hasOffset()) {
            return null;
        }
        long stdOffset = c.offset();
        if (c.atEnd() || c.peek() == ',') {
            return new PosixTimeZone(std, stdOffset);
        }
        String dst = c.name();
        if (dst == null) {
            return null;
        }
        long dstOffset = c.hasOffset() ? c.offset() : stdOffset - 3600;
        // without dates glibc takes the US rule (its "posixrules" zone)
        Cursor dates = c.atEnd() ? new Cursor(",M3.2.0,M11.1.0") : c;
        if (dates.atEnd() || dates.peek() != ',') {
            return null;
        }
        ZoneOffset stdZ = ZoneOffset.ofTotalSeconds((int) -stdOffset);
        ZoneOffset dstZ = ZoneOffset.ofTotalSeconds((int) -dstOffset);
        dates.skip();
        ZoneOffsetTransitionRule start = dates.transition(stdZ, stdZ, dstZ);
        if (dates.atEnd() || dates.peek() != ',') {
            return null;
        }
        dates.skip();
        ZoneOffsetTransitionRule end = dates.transition(stdZ, dstZ, stdZ);
        return dates.atEnd() ? new PosixTimeZone(std, stdOffset, dst, dstOffset, start, end) : null;
    }

    /** A position in a POSIX TZ rule. */
    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        char peek() {
            return s.charAt(i);
        }

        /** A zone name: three or more letters, or anything between angle brackets. */
        String name() {
            int start = i;
            if (!atEnd() && peek() == '<') {
                int close = s.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
                return s.substring(start + 1, close);
            }
            while (!atEnd() && Character.isLetter(peek())) {
                i++;
            }
            return i - start >= 3 ? s.substring(start, i) : null;
        }

        void skip() {
            i++;
        }

        /**
         * A change of offset: {@code Mm.w.d} (day d of week w of month m; week 5 is the last),
         * {@code Jn} (day n of the year, February 29 never counted) or {@code n} (from 0; taken
         * as a non-leap year's day), then {@code /time} of local time (default 02:00).
         */
        ZoneOffsetTransitionRule transition(ZoneOffset standard, ZoneOffset before, ZoneOffset after) {
            Month month;
            int dayIndicator;
            DayOfWeek dayOfWeek = null;
            if (peek() == 'M') {
                i++;
                month = Month.of(number());
                expect('.');
                int week = number();
                expect('.');
                int day = number();
                if (week < 1 || week > 5 || day > 6) {
                    throw new IllegalArgumentException("bad date in " + s);
                }
                dayIndicator = week == 5 ? -1 : (week - 1) * 7 + 1;
                dayOfWeek = DayOfWeek.of(day == 0 ? 7 : day);
            } else {
                boolean julian = peek() == 'J';
                if (julian) {
                    i++;
                }
                int n = number();
                LocalDate date = LocalDate.ofYearDay(2001, Math.max(1, Math.min(365, julian ? n : n + 1)));
                month = date.getMonth();
                dayIndicator = date.getDayOfMonth();
            }
            long seconds = 7200;
            if (!atEnd() && peek() == '/') {
                i++;
                seconds = offset();
            }
            // java.time takes times within the day only; rules beyond it are rare (clamped)
            boolean endOfDay = seconds >= 86400;
            LocalTime time = endOfDay ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(Math.max(0, seconds));
            return ZoneOffsetTransitionRule.of(month, dayIndicator, dayOfWeek, time, endOfDay, ZoneOffsetTransitionRule.TimeDefinition.WALL, standard, before, after);
        }

        private int number() {
            int start = i;
            while (!atEnd() && Character.isDigit(peek())) {
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException("number expected in " + s);
            }
            return Integer.parseInt(s.substring(start, i));
        }

        private void expect(char ch) {
            if (atEnd() || peek() != ch) {
                throw new IllegalArgumentException("'" + ch + "' expected in " + s);
            }
            i++;
        }

        boolean hasOffset() {
            return !atEnd() && (Character.isDigit(peek()) || peek() == '+' || peek() == '-');
        }

        /** {@code [+-]hh[:mm[:ss]]} in seconds; positive is west of UTC, as in the rule. */
        long offset() {
            int sign = 1;
            if (peek() == '+' || peek() == '-') {
                sign = peek() == '-' ? -1 : 1;
                i++;
            }
            long seconds = 0;
            for (int part = 0; part < 3; part++) {
                if (part > 0) {
                    if (atEnd() || peek() != ':') {
                        break;
                    }
                    i++;
                }
                int start = i;
                while (!atEnd() && Character.isDigit(peek())) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("bad offset in " + s);
                }
                seconds += Long.parseLong(s.substring(start, i)) * (part == 0 ? 3600 : part == 1 ? 60 : 1);
            }
            return sign * seconds;
        }
    }
}
