package dev.taipan.builtins.modules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * The zone the time module's local-time functions (localtime, mktime, ctime, strftime) use: what
 * C's tzset() makes of TZ. A TZ naming a zone ({@code Europe/Paris}, {@code :Asia/Tokyo}) uses the
 * tz database's history; a POSIX rule ({@code EST5EDT,M3.2.0,M11.1.0}) applies to every year;
 * unset is the system's zone and empty is UTC. Abbreviations are the system's where the offset
 * is the rule's current one (java.time's names differ, e.g. "BRT" for "-03").
 */
public final class LocalTimeZone {
    static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** The TZ value (null: unset). */
    private final String tz;
    /** What tzset() reports (tzname, timezone, altzone); null if the rule could not be read. */
    final PosixTimeZone posix;
    /** A tz database zone, or null when {@link #rules} come from a POSIX rule; both resolved on first use. */
    private ZoneId region;
    private ZoneRules rules;

    /** The JVM's default zone follows the TZ the process started with, which the program may have unset since. */
    private final boolean jvmDefaultIsSystemZone;

    private LocalTimeZone(String tz, boolean jvmDefaultIsSystemZone) {
        this.tz = tz;
        this.posix = PosixTimeZone.forTz(tz);
        this.jvmDefaultIsSystemZone = jvmDefaultIsSystemZone;
    }

    /**
     * Cheap: java.time's tz database loads only when a local time is first asked for (import time
     * stays fast). {@code startedWithTz}: whether the process was started with TZ set.
     */
    static LocalTimeZone forTz(String tz, boolean startedWithTz) {
        return new LocalTimeZone(tz, !startedWithTz);
    }

    /** The system's zone (TZ unset): /etc/localtime's zone name when it links to one, else its rule. */
    private void resolveSystemZone() {
        if (jvmDefaultIsSystemZone) {
            region = ZoneId.systemDefault();
            return;
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/etc/localtime")).toString();
            int at = target.indexOf("zoneinfo/");
            if (at >= 0) {
                region = ZoneId.of(target.substring(at + "zoneinfo/".length()));
                return;
            }
        } catch (java.io.IOException | UnsupportedOperationException | DateTimeException e) {
            // not a link into the tz database: its rule below
        }
        if (posix != null) {
            rules = posix.toZoneRules();
        } else {
            region = UtcRegion.ZONE;
        }
    }

    private void resolve() {
        if (region != null || rules != null) {
            return;
        }
        if (tz == null) {
            resolveSystemZone();
        } else if (tz.isEmpty()) {
            region = UtcRegion.ZONE;
        } else if (posix != null && posix.isTzValue()) {
            rules = posix.toZoneRules();
        } else {
            try {
                region = ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                // glibc falls back to UTC for a zone it cannot find
                if (posix != null) {
                    rules = posix.toZoneRules();
                } else {
                    region = UtcRegion.ZONE;
                }
            }
        }
    }

    /** ZoneOffset.UTC marks gmtime's struct_times (strftime's %Z is then "GMT"): local zones use this. */
    private static final class UtcRegion {
        static final ZoneId ZONE = ZoneId.of("UTC");
    }

    private static ZoneId zoneOf(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? UtcRegion.ZONE : offset;
    }

    /** The local date-time at an instant. */
    ZonedDateTime at(Instant instant) {
        resolve();
        return ZonedDateTime.ofInstant(instant, region != null ? region : zoneOf(rules.getOffset(instant)));
    }

    ZonedDateTime now() {
        return at(Instant.now());
    }

    /**
     * A local date-time in this zone, as glibc's mktime with tm_isdst -1 reads it: in a gap it
     * moves forward, in an overlap it is the later (standard time) one.
     */
    ZonedDateTime ofLocal(LocalDateTime local) {
        resolve();
        if (region != null) {
            return ZonedDateTime.of(local, region).withLaterOffsetAtOverlap();
        }
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            var gap = rules.getTransition(local);
            return ZonedDateTime.ofInstant(local.plusSeconds(gap.getDuration().getSeconds()), gap.getOffsetAfter(), zoneOf(gap.getOffsetAfter()));
        }
        ZoneOffset later = valid.get(valid.size() - 1);
        return ZonedDateTime.ofInstant(local, later, zoneOf(later));
    }

    boolean isDst(ZonedDateTime t) {
        resolve();
        return region != null ? region.getRules().isDaylightSavings(t.toInstant()) : rules.isDaylightSavings(t.toInstant());
    }

    /** tm_zone and strftime's %Z. */
    String abbreviation(ZonedDateTime t) {
        boolean dst = isDst(t);
        long west = -t.getOffset().getTotalSeconds();
        // rules without a region come from the POSIX rule, whose names are then always right
        if (region == null || posix != null && west == (dst ? posix.summerOffset : posix.standardOffset)) {
            return dst ? posix.summerName : posix.standardName;
        }
        return ZONE_ABBREVIATION.format(t);
    }
}
