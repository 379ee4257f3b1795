package dev.taipan.runtime.os;

import java.io.IOException;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** os.DirEntry: one directory entry of os.scandir, caching its stat results like CPython. */
public final class PDirEntry extends PythonObject {
    private final java.nio.file.Path file;
    private final String name;
    private final String path;
    private final boolean bytes;
    private PTuple stat;
    private PTuple lstat;

    PDirEntry(java.nio.file.Path file, String name, String path, boolean bytes) {
        this.file = file;
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    public Object name() {
        return PathArgs.result(name, bytes);
    }

    public Object path() {
        return PathArgs.result(path, bytes);
    }

    /** stat() or lstat(), raising OSError like CPython. */
    @TruffleBoundary
    public PTuple stat(boolean follow) {
        if (!follow || !isSymlink()) {
            if (lstat == null) {
                lstat = FileStat.stat(file, false, path());
            }
            if (!follow || !isSymlinkMode(lstat)) {
                return lstat;
            }
        }
        if (stat == null) {
            stat = FileStat.stat(file, true, path());
        }
        return stat;
    }

    private static boolean isSymlinkMode(PTuple st) {
        return ((Long) st.get(0) & 0170000) == 0120000;
    }

    /** The st_mode, or -1 when the entry cannot be stat'ed (is_dir etc. then return False). */
    @TruffleBoundary
    private long mode(boolean follow) {
        try {
            if (follow) {
                if (stat == null) {
                    stat = FileStat.fromAttributes(FileStat.attributes(file, true));
                }
                return (Long) stat.get(0);
            }
            if (lstat == null) {
                lstat = FileStat.fromAttributes(FileStat.attributes(file, false));
            }
            return (Long) lstat.get(0);
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    public boolean isDir(boolean follow) {
        long m = mode(follow);
        return m >= 0 && (m & 0170000) == 0040000;
    }

    public boolean isFile(boolean follow) {
        long m = mode(follow);
        return m >= 0 && (m & 0170000) == 0100000;
    }

    public boolean isSymlink() {
        long m = mode(false);
        return m >= 0 && (m & 0170000) == 0120000;
    }

    @TruffleBoundary
    public long inode() {
        try {
            Map<String, Object> a = FileStat.attributes(file, false);
            return ((Number) a.get("ino")).longValue();
        } catch (IOException e) {
            throw OsErrors.fromIO(e, path());
        }
    }

    public String nameString() {
        return name;
    }

    public boolean isBytes() {
        return bytes;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.DIR_ENTRY;
    }
}
