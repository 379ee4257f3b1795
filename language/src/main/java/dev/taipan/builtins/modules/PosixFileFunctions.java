package dev.taipan.builtins.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.FileStat;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.os.PScandirIterator;
import dev.taipan.runtime.os.PathArgs;
import dev.taipan.runtime.os.Permissions;
import dev.taipan.runtime.types.BuiltinType;

/** posix functions on paths: stat, directories, links, renames, permissions, the current directory. */
public final class PosixFileFunctions {
    private PosixFileFunctions() {
    }

    /** A path argument, relative to the directory {@code dirFd} refers to when given. */
    @TruffleBoundary
    static Path path(Object p, Object dirFd, String func, String arg) {
        String s = PathArgs.toJava(p, func, arg);
        if (dirFd != PNone.NO_VALUE && dirFd != PNone.NONE) {
            long fd = PyNumberConvert.asSize(dirFd, BuiltinType.OVERFLOW_ERROR);
            OpenFile f = OsState.get().get((int) fd);
            if (f == null || f.path == null) {
                throw OsErrors.raise(Errno.EBADF, p);
            }
            if (s.isEmpty()) {
                throw OsErrors.raise(Errno.ENOENT, p);
            }
            return f.path.resolve(s);
        }
        return PathArgs.resolve(s, p);
    }

    static boolean follow(Object followSymlinks) {
        return followSymlinks == PNone.NO_VALUE || PyObjectIsTrue.execute(followSymlinks);
    }

    @TruffleBoundary
    static Object statAny(Object p, Object dirFd, boolean follow, String func) {
        if (p instanceof Long || p instanceof Boolean) {
            return PosixFdFunctions.fstat(PyNumberConvert.asSize(p, BuiltinType.OVERFLOW_ERROR));
        }
        return FileStat.stat(path(p, dirFd, func, "path"), follow, p);
    }

    @Builtin(name = "stat", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd", "follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class StatNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doStat(Object p, Object dirFd, Object followSymlinks) {
            return statAny(p, dirFd, follow(followSymlinks), "stat");
        }
    }

    @Builtin(name = "lstat", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class LstatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLstat(Object p, Object dirFd) {
            return statAny(p, dirFd, false, "lstat");
        }
    }

    @Builtin(name = "getcwd")
    @GenerateNodeFactory
    public abstract static class GetcwdNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetcwd() {
            return OsState.get().cwd().toString();
        }
    }

    @Builtin(name = "getcwdb")
    @GenerateNodeFactory
    public abstract static class GetcwdbNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetcwdb() {
            return PathArgs.toBytes(OsState.get().cwd().toString());
        }
    }

    @Builtin(name = "chdir", params = {"path"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class ChdirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doChdir(Object p) {
            Path dir = PathArgs.path(p, "chdir", "path");
            if (!Files.exists(dir)) {
                throw OsErrors.raise(Errno.ENOENT, p);
            }
            if (!Files.isDirectory(dir)) {
                throw OsErrors.raise(Errno.ENOTDIR, p);
            }
            OsState.get().chdir(dir.normalize());
            return PNone.NONE;
        }
    }

    @Builtin(name = "listdir", params = {"path"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class ListdirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doListdir(Object p) {
            Object arg = p == PNone.NO_VALUE || p == PNone.NONE ? "." : p;
            boolean bytes = PathArgs.isBytes(arg);
            Path dir = PathArgs.path(arg, "listdir", "path");
            PList result = new PList();
            if (!Files.isDirectory(dir)) {
                throw OsErrors.raise(Files.exists(dir) ? Errno.ENOTDIR : Errno.ENOENT, arg);
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path e : ds) {
                    result.append(PathArgs.result(e.getFileName().toString(), bytes));
                }
            } catch (IOException e) {
                throw OsErrors.fromIO(e, arg);
            }
            return result;
        }
    }

    @Builtin(name = "scandir", params = {"path"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class ScandirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doScandir(Object p) {
            Object arg = p == PNone.NO_VALUE || p == PNone.NONE ? "." : p;
            boolean bytes = PathArgs.isBytes(arg);
            String given = p == PNone.NO_VALUE || p == PNone.NONE ? "." : PathArgs.toJava(arg, "scandir", "path");
            Path dir = PathArgs.resolve(given, arg);
            if (!Files.isDirectory(dir)) {
                throw OsErrors.raise(Files.exists(dir) ? Errno.ENOTDIR : Errno.ENOENT, arg);
            }
            try {
                return new PScandirIterator(dir, p == PNone.NO_VALUE || p == PNone.NONE ? "." : given, bytes, Files.newDirectoryStream(dir));
            } catch (IOException e) {
                throw OsErrors.fromIO(e, arg);
            }
        }
    }

    @Builtin(name = "mkdir", params = {"path", "mode"}, posOnly = 0, required = 1, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class MkdirNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doMkdir(Object p, Object mode, Object dirFd) {
            Path dir = path(p, dirFd, "mkdir", "path");
            int m = mode == PNone.NO_VALUE ? 0777 : (int) PyNumberConvert.asSize(mode, BuiltinType.OVERFLOW_ERROR);
            try {
                Files.createDirectory(dir, OsState.get().perms(m));
            } catch (IOException e) {
                throw OsErrors.fromIO(e, p);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rmdir", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class RmdirNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRmdir(Object p, Object dirFd) {
            Path dir = path(p, dirFd, "rmdir", "path");
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.raise(Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? Errno.ENOTDIR : Errno.ENOENT, p);
            }
            try {
                Files.delete(dir);
            } catch (IOException e) {
                throw OsErrors.fromIO(e, p);
            }
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static Object unlink(Object p, Object dirFd, String func) {
        Path f = path(p, dirFd, func, "path");
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.raise(Errno.EISDIR, p);
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        }
        return PNone.NONE;
    }

    @Builtin(name = "unlink", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class UnlinkNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doUnlink(Object p, Object dirFd) {
            return unlink(p, dirFd, "unlink");
        }
    }

    @Builtin(name = "remove", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRemove(Object p, Object dirFd) {
            return unlink(p, dirFd, "remove");
        }
    }

    @TruffleBoundary
    static Object rename(Object src, Object dst, String func) {
        Path a = PathArgs.path(src, func, "src");
        Path b = PathArgs.path(dst, func, "dst");
        try {
            if (Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS) && Files.exists(a, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.raise(Errno.EISDIR, src, dst);
            }
            if (Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(b)) {
                    if (ds.iterator().hasNext()) {
                        throw OsErrors.raise(Errno.ENOTEMPTY, src, dst);
                    }
                }
            }
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, src, dst);
        }
        return PNone.NONE;
    }

    @Builtin(name = "rename", params = {"src", "dst"}, posOnly = 0, kwOnly = {"src_dir_fd", "dst_dir_fd"})
    @GenerateNodeFactory
    public abstract static class RenameNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doRename(Object src, Object dst, Object a, Object b) {
            return rename(src, dst, "rename");
        }
    }

    @Builtin(name = "replace", params = {"src", "dst"}, posOnly = 0, kwOnly = {"src_dir_fd", "dst_dir_fd"})
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doReplace(Object src, Object dst, Object a, Object b) {
            return rename(src, dst, "replace");
        }
    }

    @Builtin(name = "readlink", params = {"path"}, posOnly = 0, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class ReadlinkNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadlink(Object p, Object dirFd) {
            Path l = path(p, dirFd, "readlink", "path");
            try {
                return PathArgs.result(Files.readSymbolicLink(l).toString(), PathArgs.isBytes(p));
            } catch (IOException e) {
                throw OsErrors.fromIO(e, p);
            }
        }
    }

    @Builtin(name = "symlink", params = {"src", "dst", "target_is_directory"}, posOnly = 0, required = 2, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class SymlinkNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSymlink(Object src, Object dst, Object isDir, Object dirFd) {
            String target = PathArgs.toJava(src, "symlink", "src");
            Path link = path(dst, dirFd, "symlink", "dst");
            try {
                Files.createSymbolicLink(link, Path.of(target));
            } catch (IOException e) {
                throw OsErrors.fromIO(e, src, dst);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "link", params = {"src", "dst"}, posOnly = 0, kwOnly = {"src_dir_fd", "dst_dir_fd", "follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class LinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doLink(Object[] a) {
            Path src = PathArgs.path(a[0], "link", "src");
            Path dst = PathArgs.path(a[1], "link", "dst");
            try {
                Files.createLink(dst, src);
            } catch (IOException e) {
                throw OsErrors.fromIO(e, a[0], a[1]);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "utime", params = {"path", "times"}, posOnly = 0, required = 1, kwOnly = {"ns", "dir_fd", "follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class UtimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUtime(Object[] a) {
            Object p = a[0];
            Object times = a[1];
            Object ns = a[2];
            FileTime atime;
            FileTime mtime;
            if (times != PNone.NO_VALUE && times != PNone.NONE) {
                if (ns != PNone.NO_VALUE) {
                    throw PythonErrors.valueError("utime: you may specify either 'times' or 'ns' but not both");
                }
                if (!(times instanceof PTuple t) || t.size() != 2) {
                    throw PythonErrors.typeError("utime: 'times' must be either a tuple of two ints or None");
                }
                atime = secondsTime(t.get(0));
                mtime = secondsTime(t.get(1));
            } else if (ns != PNone.NO_VALUE) {
                if (!(ns instanceof PTuple t) || t.size() != 2) {
                    throw PythonErrors.typeError("utime: 'ns' must be a tuple of two ints");
                }
                atime = nanosTime(t.get(0));
                mtime = nanosTime(t.get(1));
            } else {
                atime = mtime = FileTime.from(java.time.Instant.now());
            }
            Path f = path(p, a[3], "utime", "path");
            try {
                var view = follow(a[4]) ? Files.getFileAttributeView(f, java.nio.file.attribute.BasicFileAttributeView.class)
                                : Files.getFileAttributeView(f, java.nio.file.attribute.BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    throw OsErrors.raise(Errno.ENOENT, p);
                }
                view.setTimes(mtime, atime, null);
            } catch (IOException e) {
                throw OsErrors.fromIO(e, p);
            }
            return PNone.NONE;
        }

        private static FileTime secondsTime(Object o) {
            if (o instanceof Double d) {
                long s = (long) Math.floor(d);
                long n = Math.round((d - s) * 1e9);
                return FileTime.from(java.time.Instant.ofEpochSecond(s, n));
            }
            if (o instanceof Long l) {
                return FileTime.from(java.time.Instant.ofEpochSecond(l));
            }
            return FileTime.from(java.time.Instant.ofEpochSecond(0, 0).plusNanos((long) (PyNumberConvert.asDouble(o) * 1e9)));
        }

        private static FileTime nanosTime(Object o) {
            Object i = PyNumberConvert.index(o);
            java.math.BigInteger n = i instanceof Long l ? java.math.BigInteger.valueOf(l) : (java.math.BigInteger) i;
            java.math.BigInteger[] qr = n.divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
            long s = qr[0].longValue();
            long r = qr[1].longValue();
            if (r < 0) {
                s--;
                r += 1_000_000_000L;
            }
            return FileTime.from(java.time.Instant.ofEpochSecond(s, r));
        }
    }

    @Builtin(name = "chmod", params = {"path", "mode"}, posOnly = 0, kwOnly = {"dir_fd", "follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class ChmodNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doChmod(Object p, Object mode, Object dirFd, Object followSymlinks) {
            int m = (int) PyNumberConvert.asSize(mode, BuiltinType.OVERFLOW_ERROR);
            if (p instanceof Long fd) {
                OpenFile f = OsState.get().get(fd.intValue());
                if (f == null || f.path == null) {
                    throw OsErrors.raise(Errno.EBADF);
                }
                setMode(f.path, m, p);
                return PNone.NONE;
            }
            setMode(path(p, dirFd, "chmod", "path"), m, p);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void setMode(Path f, int m, Object filename) {
        try {
            Files.setAttribute(f, "unix:mode", m & 07777);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, filename);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                PosixFileAttributeView v = Files.getFileAttributeView(f, PosixFileAttributeView.class);
                v.setPermissions(Permissions.fromMode(m));
            } catch (IOException e2) {
                throw OsErrors.fromIO(e2, filename);
            }
        }
    }

    @Builtin(name = "access", params = {"path", "mode"}, posOnly = 0, kwOnly = {"dir_fd", "effective_ids", "follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class AccessNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAccess(Object[] a) {
            int m = (int) PyNumberConvert.asSize(a[1], BuiltinType.OVERFLOW_ERROR);
            Path f = path(a[0], a[2], "access", "path");
            boolean follow = follow(a[4]);
            if (follow ? !Files.exists(f) : !Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if ((m & 4) != 0 && !Files.isReadable(f)) {
                return false;
            }
            if ((m & 2) != 0 && !Files.isWritable(f)) {
                return false;
            }
            if ((m & 1) != 0 && !Files.isExecutable(f)) {
                return false;
            }
            return true;
        }
    }

    @Builtin(name = "truncate", params = {"path", "length"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTruncate(Object p, Object length) {
            long n = PyNumberConvert.asSize(length, BuiltinType.OVERFLOW_ERROR);
            if (p instanceof Long fd) {
                return PosixFdFunctions.ftruncate(fd, n);
            }
            Path f = PathArgs.path(p, "truncate", "path");
            try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                new OpenFile.ChannelFile(f, ch, false, true, false).truncate(n);
            } catch (IOException e) {
                throw OsErrors.fromIO(e, p);
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno, p);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "fspath", params = {"path"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class FspathNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFspath(Object p) {
            return PathArgs.fspath(p);
        }
    }

    @Builtin(name = "_path_normpath", params = {"path"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class PathNormpathNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNormpath(Object p) {
            Object v = PathArgs.fspath(p);
            if (v instanceof dev.taipan.runtime.objects.PBytes b) {
                return PathArgs.toBytes(PathNormalizer.normpath(PathArgs.fromBytes(b.bytes())));
            }
            if (!(v instanceof String s)) {
                throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not %s", PyObjectGetClass.typeName(p));
            }
            return PathNormalizer.normpath(s);
        }
    }
}
