package dev.taipan.runtime.os;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code _posixsubprocess.fork_exec} on the JVM, which cannot fork: the program runs through a
 * JDK ProcessBuilder, and the child's standard streams are joined to the descriptors subprocess
 * passes by pump threads (a pipe end or file gets the bytes; -1 inherits Taipan's own stream).
 * A program that cannot be executed is reported the way the forked C child reports it, through
 * the error pipe ({@code OSError:<hex errno>:}) and a child that exits with status 255.
 */
public final class ForkExec {
    private static final Pattern JDK_ERRNO = Pattern.compile("error=(\\d+)");
    /** Pids for children that never started (above any real Linux pid). */
    private static final AtomicLong NEXT_FAILED_PID = new AtomicLong(1L << 22);

    private ForkExec() {
    }

    /**
     * Starts {@code args} (argv[0] replaced by each of {@code executables} in turn until one runs);
     * {@code env} null inherits Taipan's environment. Returns the child's pid.
     */
    @TruffleBoundary
    public static long start(List<String> args, List<String> executables, String cwd, Map<String, String> env,
                    int stdinFd, int stdoutFd, int stderrFd, int errpipeFd) throws OpenFile.OsFailure {
        OsState os = OsState.get();
        OpenFile stdin = stdinFd < 0 ? null : os.require(stdinFd);
        OpenFile stdout = stdoutFd < 0 ? null : os.require(stdoutFd);
        OpenFile stderr = stderrFd < 0 ? null : os.require(stderrFd);
        OpenFile errpipe = os.require(errpipeFd);
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(args));
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        File dir = os.cwd().toFile();
        if (cwd != null) {
            Path p = os.resolve(cwd);
            if (!Files.isDirectory(p)) {
                return failed(os, errpipe, Files.exists(p) ? Errno.ENOTDIR : Errno.ENOENT, "noexec:chdir");
            }
            dir = p.toFile();
        }
        pb.directory(dir);
        pb.redirectInput(inputRedirect(stdin));
        pb.redirectOutput(outputRedirect(stdout));
        if (stderrFd >= 0 && stderrFd == stdoutFd) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(outputRedirect(stderr));
        }
        Process process = null;
        int errno = 0;
        for (String exe : executables) {
            pb.command().set(0, exe);
            try {
                process = pb.start();
                break;
            } catch (IOException e) {
                int n = errnoOf(e);
                if (errno == 0 || (n != Errno.ENOENT && n != Errno.ENOTDIR && (errno == Errno.ENOENT || errno == Errno.ENOTDIR))) {
                    errno = n;
                }
            }
        }
        if (process == null) {
            return failed(os, errpipe, errno == 0 ? Errno.ENOENT : errno, "");
        }
        if (pb.redirectInput() == ProcessBuilder.Redirect.PIPE) {
            pump("stdin", stdin.duplicate(), process.getOutputStream());
        }
        ChildProcess child = new ChildProcess(process.pid(), process);
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            Thread t = pump("stdout", process.getInputStream(), stdout.duplicate());
            if (!(stdout instanceof PipeEnd)) {
                child.addFilePump(t);
            }
        }
        if (!pb.redirectErrorStream() && pb.redirectError() == ProcessBuilder.Redirect.PIPE) {
            Thread t = pump("stderr", process.getErrorStream(), stderr.duplicate());
            if (!(stderr instanceof PipeEnd)) {
                child.addFilePump(t);
            }
        }
        os.addChild(child);
        return child.pid;
    }

    private static ProcessBuilder.Redirect inputRedirect(OpenFile f) {
        if (f == null) {
            return ProcessBuilder.Redirect.INHERIT;
        }
        if (isDevNull(f)) {
            return ProcessBuilder.Redirect.from(f.path.toFile());
        }
        return ProcessBuilder.Redirect.PIPE;
    }

    private static ProcessBuilder.Redirect outputRedirect(OpenFile f) {
        if (f == null) {
            return ProcessBuilder.Redirect.INHERIT;
        }
        if (isDevNull(f)) {
            return ProcessBuilder.Redirect.DISCARD;
        }
        return ProcessBuilder.Redirect.PIPE;
    }

    private static boolean isDevNull(OpenFile f) {
        return f.path != null && f.path.toString().equals("/dev/null");
    }

    /** The stand-in for a child whose exec failed: the error goes down the error pipe. */
    private static long failed(OsState os, OpenFile errpipe, int errno, String detail) throws OpenFile.OsFailure {
        byte[] msg = ("OSError:" + Integer.toHexString(errno) + ":" + detail).getBytes(StandardCharsets.US_ASCII);
        errpipe.write(msg, 0, msg.length);
        ChildProcess child = new ChildProcess(NEXT_FAILED_PID.getAndIncrement(), null);
        os.addChild(child);
        return child.pid;
    }

    static int errnoOf(IOException e) {
        Matcher m = JDK_ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : Errno.ENOENT;
    }

    /** Copies a descriptor (pipe end or file) into the child's standard input, then closes it. */
    private static void pump(String name, OpenFile from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (to) {
                while (true) {
                    int n = from instanceof PipeEnd p ? p.buffer().read(buf, 0, buf.length) : from.read(buf, 0, buf.length);
                    if (n <= 0) {
                        break;
                    }
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException | OpenFile.OsFailure | InterruptedException e) {
                // the child closed its input or exited: like a write to a pipe nobody reads
            } finally {
                closeQuietly(from);
            }
        }, "taipan-child-" + name);
        t.setDaemon(true);
        t.start();
    }

    /** Copies the child's stdout or stderr into a descriptor until the child closes it. */
    private static Thread pump(String name, InputStream from, OpenFile to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                while (true) {
                    int n = from.read(buf, 0, buf.length);
                    if (n < 0) {
                        break;
                    }
                    boolean open = to instanceof PipeEnd p ? p.buffer().write(buf, 0, n) : to.write(buf, 0, n) == n;
                    if (!open) {
                        break;
                    }
                }
            } catch (IOException | OpenFile.OsFailure | InterruptedException e) {
                // the reading side went away
            } finally {
                closeQuietly(to);
            }
        }, "taipan-child-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Closes a pump's own pipe end (a shared file descriptor stays open for its owner). */
    private static void closeQuietly(OpenFile f) {
        if (f instanceof PipeEnd p) {
            p.close();
        }
    }
}
