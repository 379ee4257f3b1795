package dev.taipan.runtime.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.types.PythonClass;

/** os.stat_result from the JDK's "unix" file attribute view. */
public final class FileStat {
    private FileStat() {
    }

    /** Ten visible fields (the three int times are unnamed in CPython), then the named-only ones. */
    public static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "_st_atime_int", "_st_mtime_int", "_st_ctime_int",
                    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};

    public static PythonClass type() {
        return OsState.get().statResultType();
    }

    @TruffleBoundary
    public static PythonClass createType() {
        return StructSequence.createType("os.stat_result", FIELDS, 10);
    }

    /** The raw attributes of {@code p}; IOException when it cannot be read. */
    @TruffleBoundary
    public static Map<String, Object> attributes(Path p, boolean follow) throws IOException {
        return follow ? Files.readAttributes(p, "unix:*") : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
    }

    @TruffleBoundary
    public static PTuple stat(Path p, boolean follow, Object filename) {
        try {
            return fromAttributes(attributes(p, follow));
        } catch (IOException e) {
            throw OsErrors.fromIO(e, filename);
        } catch (UnsupportedOperationException e) {
            throw OsErrors.raise(Errno.EINVAL, filename);
        }
    }

    @TruffleBoundary
    public static PTuple fromAttributes(Map<String, Object> a) {
        long mode = ((Number) a.get("mode")).longValue();
        long size = ((Number) a.get("size")).longValue();
        long[] atime = times((FileTime) a.get("lastAccessTime"));
        long[] mtime = times((FileTime) a.get("lastModifiedTime"));
        long[] ctime = times((FileTime) a.get("ctime"));
        long blocks = (size + 511) / 512;
        return StructSequence.createWithHidden(type(), 10, mode, ((Number) a.get("ino")).longValue(), ((Number) a.get("dev")).longValue(),
                        ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(), ((Number) a.get("gid")).longValue(), size, atime[0], mtime[0], ctime[0],
                        seconds(atime), seconds(mtime), seconds(ctime), nanos(atime), nanos(mtime), nanos(ctime), 4096L, blocks, ((Number) a.get("rdev")).longValue());
    }

    /** A stat for a standard stream: a character device owned by the user. */
    @TruffleBoundary
    public static PTuple forStream() {
        return forStream(0020620L);   // a character device (a terminal), rw--w----
    }

    /** The stat of a descriptor with no file behind it, of the given st_mode. */
    public static PTuple forStream(long mode) {
        long uid = ProcInfo.id("Uid", 1, 0);
        long gid = ProcInfo.id("Gid", 1, 0);
        long now = System.currentTimeMillis() / 1000;
        return StructSequence.createWithHidden(type(), 10, mode, 0L, 0L, 1L, uid, gid, 0L, now, now, now, (double) now, (double) now, (double) now,
                        java.math.BigInteger.valueOf(now).multiply(java.math.BigInteger.valueOf(1_000_000_000L)), java.math.BigInteger.valueOf(now).multiply(java.math.BigInteger.valueOf(1_000_000_000L)),
                        java.math.BigInteger.valueOf(now).multiply(java.math.BigInteger.valueOf(1_000_000_000L)), 1024L, 0L, 0L);
    }

    /** {seconds, nanosecond part}. */
    private static long[] times(FileTime t) {
        if (t == null) {
            return new long[]{0, 0};
        }
        java.time.Instant i = t.toInstant();
        return new long[]{i.getEpochSecond(), i.getNano()};
    }

    private static double seconds(long[] t) {
        return t[0] + t[1] / 1e9;
    }

    private static Object nanos(long[] t) {
        return dev.taipan.runtime.numbers.IntMath.normalize(java.math.BigInteger.valueOf(t[0]).multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(t[1])));
    }

    static TaipanContext ctx() {
        return TaipanContext.get(null);
    }
}
