package dev.taipan.runtime.os;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import dev.taipan.TaipanContext;

/**
 * The per-context state of the emulated POSIX process: the file descriptor table (0-2 are the
 * standard streams), the current directory and the umask.
 */
public final class OsState {
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_DIRECTORY = 0200000;
    public static final int O_NOFOLLOW = 0400000;
    public static final int O_SYNC = 04010000;
    public static final int O_DSYNC = 010000;

    private final Map<Integer, OpenFile> fds = new HashMap<>();
    private Path cwd;
    private int umask = -1;
    private final Env env;

    public OsState(Env env) {
        this.env = env;
        boolean terminal = isTerminal();
        fds.put(0, new OpenFile.StreamFile(env.in(), null, terminal && !"false".equals(System.getProperty("taipan.stdinTty"))));
        fds.put(1, new OpenFile.StreamFile(null, env.out(), terminal));
        fds.put(2, new OpenFile.StreamFile(null, env.err(), terminal));
    }

    /** Whether the process runs on a terminal (since JDK 22 System.console() exists even when redirected). */
    public static boolean isTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    public static OsState get() {
        return TaipanContext.get(null).getOsState();
    }

    /** The current directory: the emulated process cannot chdir, so relative paths resolve against it. */
    @TruffleBoundary
    public Path cwd() {
        if (cwd == null) {
            try {
                cwd = Path.of(env.getCurrentWorkingDirectory().getPath());
            } catch (SecurityException | UnsupportedOperationException e) {
                cwd = Path.of(System.getProperty("user.dir"));
            }
        }
        return cwd;
    }

    @TruffleBoundary
    public void chdir(Path dir) {
        cwd = dir;
        try {
            env.setCurrentWorkingDirectory(env.getPublicTruffleFile(dir.toString()));
        } catch (RuntimeException e) {
            // imports keep resolving against the old directory; os functions use ours
        }
    }

    @TruffleBoundary
    public Path resolve(String path) {
        return cwd().resolve(path);
    }

    /** socket.setdefaulttimeout: seconds, negative for None. */
    public double socketDefaultTimeout = -1;

    /** io.UnsupportedOperation of this context (see IoErrors). */
    public Object unsupportedOperation;

    private final Map<String, dev.taipan.runtime.types.PythonClass> structTypes = new HashMap<>();

    /** The struct sequence type {@code qualifiedName} of this context, created once. */
    @TruffleBoundary
    public dev.taipan.runtime.types.PythonClass structType(String qualifiedName, String[] fields, int visible) {
        return structTypes.computeIfAbsent(qualifiedName, n -> dev.taipan.runtime.objects.StructSequence.createType(n, fields, visible));
    }

    public dev.taipan.runtime.types.PythonClass statResultType() {
        return structType("os.stat_result", FileStat.FIELDS, 10);
    }

    /**
     * Buffered writers holding unwritten data. CPython's reference counting flushes a file
     * as soon as it is dropped ({@code open(p, 'w').write(s)}); here the data is written when
     * the same file is opened again, and at exit.
     */
    private final java.util.ArrayList<java.lang.ref.WeakReference<dev.taipan.runtime.io.PBuffered>> dirtyWriters = new java.util.ArrayList<>();

    @TruffleBoundary
    public void addDirtyWriter(dev.taipan.runtime.io.PBuffered b) {
        dirtyWriters.add(new java.lang.ref.WeakReference<>(b));
    }

    /** Writes out every buffered writer's pending data (errors are left for its own flush). */
    @TruffleBoundary
    public void flushDirtyWriters() {
        flushDirtyWriters(null);
    }

    /** Like {@link #flushDirtyWriters()}, only for writers on {@code path} when it is not null. */
    @TruffleBoundary
    public void flushDirtyWriters(Path path) {
        if (dirtyWriters.isEmpty()) {
            return;
        }
        var pending = new java.util.ArrayList<>(dirtyWriters);
        dirtyWriters.clear();
        for (var ref : pending) {
            dev.taipan.runtime.io.PBuffered b = ref.get();
            if (b == null) {
                continue;
            }
            if (path == null || path.equals(b.rawPath())) {
                b.flushQuietly();
            } else {
                dirtyWriters.add(ref);
            }
        }
    }

    /** The children started by fork_exec and not yet reaped by waitpid, by pid. */
    private final Map<Long, ChildProcess> children = new HashMap<>();

    @TruffleBoundary
    public synchronized void addChild(ChildProcess c) {
        children.put(c.pid, c);
    }

    /** The child with this pid (pid -1: any child), or null. */
    @TruffleBoundary
    public synchronized ChildProcess child(long pid) {
        if (pid == -1) {
            return children.values().stream().filter(ChildProcess::hasExited).findFirst().orElse(children.values().stream().findFirst().orElse(null));
        }
        return children.get(pid);
    }

    @TruffleBoundary
    public synchronized void removeChild(long pid) {
        children.remove(pid);
    }

    public OpenFile get(int fd) {
        return fds.get(fd);
    }

    /** The file behind {@code fd}, or EBADF. */
    public OpenFile require(long fd) throws OpenFile.OsFailure {
        OpenFile f = fd < 0 || fd > Integer.MAX_VALUE ? null : fds.get((int) fd);
        if (f == null) {
            throw new OpenFile.OsFailure(Errno.EBADF);
        }
        return f;
    }

    @TruffleBoundary
    public int add(OpenFile f) {
        int fd = 0;
        while (fds.containsKey(fd)) {
            fd++;
        }
        fds.put(fd, f);
        return fd;
    }

    @TruffleBoundary
    public void close(long fd) throws OpenFile.OsFailure {
        OpenFile f = require(fd);
        fds.remove((int) fd);
        f.close();
    }

    /** dup2-like: makes {@code fd} refer to {@code f}. */
    @TruffleBoundary
    public void put(int fd, OpenFile f) {
        fds.put(fd, f);
    }

    @TruffleBoundary
    public int umask(int newMask) {
        int old = currentUmask();
        umask = newMask & 0777;
        return old;
    }

    @TruffleBoundary
    public int currentUmask() {
        if (umask < 0) {
            umask = 022;
            String v = ProcInfo.statusField("Umask");
            if (v != null) {
                try {
                    umask = Integer.parseInt(v.trim(), 8);
                } catch (NumberFormatException e) {
                    // keep the default
                }
            }
        }
        return umask;
    }

    /** os.open: the flags of open(2) mapped onto a FileChannel; returns the new descriptor. */
    @TruffleBoundary
    public int open(Path p, int flags, int mode) throws OpenFile.OsFailure {
        flushDirtyWriters(p);
        int acc = flags & 3;
        boolean readable = acc == 0 || acc == O_RDWR;
        boolean writable = acc == O_WRONLY || acc == O_RDWR;
        boolean exists = Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p);
        if (Files.isDirectory(p)) {
            if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0) {
                throw new OpenFile.OsFailure(Errno.EEXIST);
            }
            if (writable) {
                throw new OpenFile.OsFailure(Errno.EISDIR);
            }
            return add(new OpenFile.DirectoryFile(p));
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw new OpenFile.OsFailure(exists ? Errno.ENOTDIR : Errno.ENOENT);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!writable) {
                // open(2) may create a file opened read-only; FileChannel needs WRITE for that
                if (!exists) {
                    try {
                        Files.createFile(p, perms(mode));
                    } catch (IOException e) {
                        throw new OpenFile.OsFailure(e);
                    }
                } else if ((flags & O_EXCL) != 0) {
                    throw new OpenFile.OsFailure(Errno.EEXIST);
                }
                opts.remove(StandardOpenOption.CREATE_NEW);
                opts.remove(StandardOpenOption.CREATE);
            }
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        try {
            FileChannel ch = opts.contains(StandardOpenOption.CREATE) || opts.contains(StandardOpenOption.CREATE_NEW) ? FileChannel.open(p, opts, perms(mode)) : FileChannel.open(p, opts);
            return add(new OpenFile.ChannelFile(p, ch, readable, writable, (flags & O_APPEND) != 0));
        } catch (IOException e) {
            throw new OpenFile.OsFailure(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw new OpenFile.OsFailure(Errno.EINVAL);
        }
    }

    /** The permissions of a new file: {@code mode} less the umask. */
    public FileAttribute<Set<PosixFilePermission>> perms(int mode) {
        return PosixFilePermissions.asFileAttribute(Permissions.fromMode(mode & ~currentUmask()));
    }
}
