package dev.taipan.builtins.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.time.TimeFormat;
import dev.taipan.runtime.types.PythonClass;

/** {@code time}: clocks, sleep, and conversions between epoch seconds and struct_time. */
public final class TimeModule implements BuiltinRegistry.ModuleDefinition {
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    /** Process start, the origin of the monotonic clocks. */
    private static final long START_NANOS = System.nanoTime();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(TimeModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("struct_time", StructSequence.createType("time.struct_time", FIELDS, 9));
        setZone(ctx, m);
        for (String clock : new String[]{"CLOCK_REALTIME:0", "CLOCK_MONOTONIC:1", "CLOCK_PROCESS_CPUTIME_ID:2", "CLOCK_THREAD_CPUTIME_ID:3", "CLOCK_MONOTONIC_RAW:4",
                        "CLOCK_BOOTTIME:7", "CLOCK_TAI:11"}) {
            String[] kv = clock.split(":");
            m.setAttribute(kv[0], Long.parseLong(kv[1]));
        }
    }

    /** What tzset() does: the local zone from TZ, and the module's tzname, timezone, altzone and daylight. */
    private static void setZone(TaipanContext ctx, PythonModule m) {
        LocalTimeZone zone = LocalTimeZone.forTz(ctx.getenv("TZ"), ctx.getEnv().getEnvironment().get("TZ") != null);
        ctx.setLocalTimeZone(zone);
        PosixTimeZone local = zone.posix;
        if (local != null) {
            m.setAttribute("timezone", local.standardOffset);
            m.setAttribute("altzone", local.summerOffset);
            m.setAttribute("daylight", local.standardOffset == local.summerOffset ? 0L : 1L);
            m.setAttribute("tzname", new PTuple(new Object[]{local.standardName, local.summerName}));
        } else {
            setZoneFromJavaTime(m);
        }
    }

    static LocalTimeZone localZone() {
        return TaipanContext.get(null).getLocalTimeZone();
    }

    /** The zone names and offsets from java.time, where the system's rule cannot be read. */
    private static void setZoneFromJavaTime(PythonModule m) {
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDateTime.now().getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        boolean janDst = zone.getRules().isDaylightSavings(jan.toInstant());
        ZonedDateTime standard = janDst ? jul : jan;
        ZonedDateTime summer = janDst ? jan : jul;
        m.setAttribute("timezone", (long) -standard.getOffset().getTotalSeconds());
        m.setAttribute("altzone", (long) -summer.getOffset().getTotalSeconds());
        m.setAttribute("daylight", standard.getOffset().equals(summer.getOffset()) ? 0L : 1L);
        m.setAttribute("tzname", new PTuple(new Object[]{LocalTimeZone.ZONE_ABBREVIATION.format(standard), LocalTimeZone.ZONE_ABBREVIATION.format(summer)}));
    }

    static PythonClass structTime() {
        PythonModule m = (PythonModule) TaipanContext.get(null).getSysModules().getItem("time");
        return (PythonClass) m.getAttribute("struct_time");
    }

    private static double epochNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    private static long epochNowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The seconds argument of gmtime/localtime/ctime: None means now; floats are floored. */
    private static long seconds(Object secs) {
        if (secs == PNone.NO_VALUE || secs == PNone.NONE) {
            return Instant.now().getEpochSecond();
        }
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(d) > 1e17) {
                throw PythonErrors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) Math.floor(d);
        }
        return PyNumberConvert.asSize(secs, dev.taipan.runtime.types.BuiltinType.OVERFLOW_ERROR);
    }

    @TruffleBoundary
    static PTuple toStruct(ZonedDateTime t, boolean utc) {
        boolean dst = !utc && localZone().isDst(t);
        String zone = utc ? "GMT" : localZone().abbreviation(t);
        return StructSequence.createWithHidden(structTime(), 9, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(),
                        (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1), (long) t.getDayOfYear(), dst ? 1L : 0L, zone, (long) t.getOffset().getTotalSeconds());
    }

    /** A 9-item time tuple as a local date-time (fields normalised like C's mktime). */
    @TruffleBoundary
    static ZonedDateTime fromStruct(Object tuple, String function, boolean check) {
        Object[] v = SequenceOps.toArray(tuple);
        if (!(tuple instanceof PTuple)) {
            throw PythonErrors.typeError("Tuple or struct_time argument required");
        }
        if (v.length != 9) {
            throw PythonErrors.typeError("%s(): illegal time tuple argument", function);
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = PyNumberConvert.asSize(v[i], dev.taipan.runtime.types.BuiltinType.OVERFLOW_ERROR);
        }
        if (check) {
            // CPython fixes up a zero month/day/yday before checking
            TimeFormat.check(f[1] == 0 ? 1 : f[1], f[2] == 0 ? 1 : f[2], f[3], f[4], f[5], f[6], f[7] == 0 ? 1 : f[7]);
        }
        LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
        if (tuple instanceof PTuple t && PyObjectGetClass.get(t) == structTime()) {
            Object off = GenericAttributes.lookupAttribute(t, "tm_gmtoff");
            if (off instanceof Long l && l == 0 && "GMT".equals(GenericAttributes.lookupAttribute(t, "tm_zone"))) {
                return ZonedDateTime.of(local, ZoneOffset.UTC);
            }
        }
        return localZone().ofLocal(local);
    }

    @Builtin(name = "time")
    @GenerateNodeFactory
    public abstract static class TimeNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static double doIt() {
            return epochNow();
        }
    }

    @Builtin(name = "time_ns")
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static long doIt() {
            return epochNowNanos();
        }
    }

    @Builtin(name = "monotonic")
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends PythonNullaryBuiltinNode {
        @Specialization
        static double doIt() {
            return (System.nanoTime() - START_NANOS) / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns")
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static long doIt() {
            return System.nanoTime() - START_NANOS;
        }
    }

    @Builtin(name = "perf_counter")
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends PythonNullaryBuiltinNode {
        @Specialization
        static double doIt() {
            return (System.nanoTime() - START_NANOS) / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns")
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static long doIt() {
            return System.nanoTime() - START_NANOS;
        }
    }

    @TruffleBoundary
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime() - START_NANOS;
    }

    @Builtin(name = "process_time")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends PythonNullaryBuiltinNode {
        @Specialization
        static double doIt() {
            return cpuNanos() / 1e9;
        }
    }

    @Builtin(name = "process_time_ns")
    @GenerateNodeFactory
    public abstract static class ProcessTimeNsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static long doIt() {
            return cpuNanos();
        }
    }

    @Builtin(name = "thread_time")
    @GenerateNodeFactory
    public abstract static class ThreadTimeNode extends PythonNullaryBuiltinNode {
        @Specialization
        static double doIt() {
            return cpuNanos() / 1e9;
        }
    }

    @Builtin(name = "thread_time_ns")
    @GenerateNodeFactory
    public abstract static class ThreadTimeNsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static long doIt() {
            return cpuNanos();
        }
    }

    @Builtin(name = "sleep", params = {"secs"})
    @GenerateNodeFactory
    public abstract static class SleepNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object secs) {
            double s = PyNumberConvert.asDouble(secs);
            if (Double.isNaN(s)) {
                throw PythonErrors.valueError("Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw PythonErrors.valueError("sleep length must be non-negative");
            }
            long nanos = (long) (s * 1e9);
            boolean interrupted = dev.taipan.runtime.thread.GlobalInterpreterLock.whileBlocked(() -> {
                try {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    return false;
                } catch (InterruptedException e) {
                    return true;
                }
            });
            if (interrupted) {
                Thread.currentThread().interrupt();
                throw PythonErrors.raise(dev.taipan.runtime.types.BuiltinType.KEYBOARD_INTERRUPT, "");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "gmtime", params = {"secs"}, required = 0)
    @GenerateNodeFactory
    public abstract static class GmTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object secs) {
            return toStruct(ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds(secs)), ZoneOffset.UTC), true);
        }
    }

    @Builtin(name = "localtime", params = {"secs"}, required = 0)
    @GenerateNodeFactory
    public abstract static class LocalTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object secs) {
            return toStruct(localZone().at(Instant.ofEpochSecond(seconds(secs))), false);
        }
    }

    @Builtin(name = "mktime", params = {"t"})
    @GenerateNodeFactory
    public abstract static class MkTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object t) {
            ZonedDateTime local = fromStruct(t, "mktime", false);
            return (double) (local.getZone() == ZoneOffset.UTC ? localZone().ofLocal(local.toLocalDateTime()) : local).toEpochSecond();
        }
    }

    @Builtin(name = "asctime", params = {"t"}, required = 0)
    @GenerateNodeFactory
    public abstract static class AscTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object t) {
            ZonedDateTime time = t == PNone.NO_VALUE ? localZone().now() : fromStruct(t, "asctime", true);
            return TimeFormat.asctime(time);
        }
    }

    @Builtin(name = "ctime", params = {"secs"}, required = 0)
    @GenerateNodeFactory
    public abstract static class CTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object secs) {
            return TimeFormat.asctime(localZone().at(Instant.ofEpochSecond(seconds(secs))));
        }
    }

    @Builtin(name = "strftime", params = {"format", "t"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StrfTimeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object format, Object t) {
            if (!(format instanceof String f)) {
                throw PythonErrors.typeError("strftime() argument 1 must be str, not %s", PyObjectGetClass.typeName(format));
            }
            ZonedDateTime time = t == PNone.NO_VALUE ? localZone().now() : fromStruct(t, "strftime", true);
            boolean dst = time.getZone() != ZoneOffset.UTC && localZone().isDst(time);
            String zone = time.getZone() == ZoneOffset.UTC ? "GMT" : localZone().abbreviation(time);
            return TimeFormat.strftime(f, time, dst, zone);
        }
    }

    /** Re-reads TZ (as os.environ last set it): the local zone and tzname, timezone, altzone, daylight. */
    @Builtin(name = "tzset")
    @GenerateNodeFactory
    public abstract static class TzSetNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt() {
            TaipanContext ctx = TaipanContext.get(null);
            setZone(ctx, (PythonModule) ctx.getSysModules().getItem("time"));
            return PNone.NONE;
        }
    }

    /** strptime is implemented in Lib/_strptime.py, as in CPython. */
    @Builtin(name = "strptime", params = {"string", "format"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StrpTimeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object string, Object format) {
            Object module = dev.taipan.runtime.imports.Importer.importName(null, "_strptime", null, 0);
            Object fn = GenericAttributes.getAttribute(module, "_strptime_time");
            return format == PNone.NO_VALUE ? CallDispatch.call(fn, string) : CallDispatch.call(fn, string, format);
        }
    }

    @Builtin(name = "get_clock_info", params = {"name"})
    @GenerateNodeFactory
    public abstract static class GetClockInfoNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object name) {
            String n = String.valueOf(name);
            Object[] info = switch (n) {
                case "time" -> new Object[]{"clock_gettime(CLOCK_REALTIME)", false, true, 1e-09};
                case "monotonic", "perf_counter" -> new Object[]{"clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09};
                case "process_time", "thread_time" -> new Object[]{"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09};
                default -> throw PythonErrors.valueError("unknown clock");
            };
            Object ns = CallDispatch.call(TaipanContext.get(null).getBuiltinClass(dev.taipan.runtime.types.BuiltinType.SIMPLE_NAMESPACE), new Object[]{info[0], info[1], info[2], info[3]},
                            new String[]{"implementation", "monotonic", "adjustable", "resolution"});
            return ns;
        }
    }
}
