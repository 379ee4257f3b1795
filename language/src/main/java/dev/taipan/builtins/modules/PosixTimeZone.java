package dev.taipan.builtins.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private PosixTimeZone(String standardName, long standardOffset, String summerName, long summerOffset) {
        this.standardName = standardName;
        this.standardOffset = standardOffset;
        this.summerName = summerName;
        this.summerOffset = summerOffset;
    }

    /** The zone for a TZ value ({@code null} when unset), or null when it cannot be worked out. */
    static PosixTimeZone forTz(String tz) {
        try {
            if (tz == null) {
                return fromRule(footer(Path.of("/etc/localtime")));
            }
            if (tz.isEmpty()) {
                return new PosixTimeZone("UTC", 0, "UTC", 0);
            }
            String name = tz.startsWith(":") ? tz.substring(1) : tz;
            PosixTimeZone rule = tz.startsWith(":") ? null : fromRule(tz);
            if (rule != null) {
                return rule;
            }
            Path file = name.startsWith("/") ? Path.of(name) : Path.of("/usr/share/zoneinfo", name);
            return fromRule(footer(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
            return new PosixTimeZone(std, stdOffset, std, stdOffset);
        }
        String dst = c.name();
        if (dst == null) {
            return null;
        }
        long dstOffset = c.hasOffset() ? c.offset() : stdOffset - 3600;
        if (!c.atEnd() && c.peek() != ',') {
            return null;
        }
        return new PosixTimeZone(std, stdOffset, dst, dstOffset);
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
