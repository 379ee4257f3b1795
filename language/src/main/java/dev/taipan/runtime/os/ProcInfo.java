package dev.taipan.runtime.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Facts about the process read from Linux's /proc (uids, umask, CPU times). */
public final class ProcInfo {
    private ProcInfo() {
    }

    /** The value of a "Name:\tvalue" line of /proc/self/status, or null. */
    @TruffleBoundary
    public static String statusField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }

    /** Field {@code index} (0 real, 1 effective) of the Uid:/Gid: line. */
    @TruffleBoundary
    public static long id(String name, int index, long dflt) {
        String v = statusField(name);
        if (v == null) {
            return dflt;
        }
        String[] parts = v.split("\\s+");
        return index < parts.length ? Long.parseLong(parts[index]) : dflt;
    }

    /** utime, stime, cutime, cstime of /proc/self/stat in clock ticks, or null. */
    @TruffleBoundary
    public static long[] cpuTicks() {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ", field 3 (state) is f[0]; utime is field 14
            return new long[]{Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @TruffleBoundary
    public static String read(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }
}
