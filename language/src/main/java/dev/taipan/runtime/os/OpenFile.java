package dev.taipan.runtime.os;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What an integer file descriptor refers to: a FileChannel on a regular file, or one of the
 * context's standard streams (not seekable). Methods report failures as errno values via
 * {@link OsFailure} so callers can raise the right OSError.
 */
public abstract class OpenFile {
    /** The path the file was opened with (null for standard streams). */
    public final Path path;
    public final boolean readable;
    public final boolean writable;

    protected OpenFile(Path path, boolean readable, boolean writable) {
        this.path = path;
        this.readable = readable;
        this.writable = writable;
    }

    /** A failure with its errno. */
    public static final class OsFailure extends Exception {
        private static final long serialVersionUID = 1L;
        public final int errno;

        public OsFailure(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }

        public OsFailure(IOException e) {
            this(OsErrors.errnoOf(e));
        }
    }

    /** Reads up to {@code len} bytes; returns 0 at end of file. */
    public abstract int read(byte[] buf, int off, int len) throws OsFailure;

    public abstract int write(byte[] buf, int off, int len) throws OsFailure;

    public abstract long seek(long pos, int whence) throws OsFailure;

    public abstract long size() throws OsFailure;

    public abstract void truncate(long size) throws OsFailure;

    public abstract void sync() throws OsFailure;

    public abstract void close() throws OsFailure;

    public abstract boolean isTerminal();

    public abstract boolean isSeekable();

    /** The file a new descriptor (dup) refers to: this one, unless it counts its descriptors. */
    public OpenFile duplicate() {
        return this;
    }

    /** O_NONBLOCK (os.get_blocking): regular files ignore it, as on Linux. */
    public boolean isBlocking() {
        return true;
    }

    public void setBlocking(boolean blocking) {
    }

    /** For select/poll: whether a read would not block now (always, for regular files). */
    public boolean readReady() {
        return true;
    }

    /**
     * A descriptor of a stream rather than a file (a standard stream, a pipe, a socket): seeking
     * fails with ESPIPE, there is no size, and truncate and fsync fail with EINVAL.
     */
    public abstract static class Unseekable extends OpenFile {
        protected Unseekable(Path path, boolean readable, boolean writable) {
            super(path, readable, writable);
        }

        @Override
        public long seek(long pos, int whence) throws OsFailure {
            throw new OsFailure(Errno.ESPIPE);
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void truncate(long size) throws OsFailure {
            throw new OsFailure(Errno.EINVAL);
        }

        @Override
        public void sync() throws OsFailure {
            throw new OsFailure(Errno.EINVAL);
        }

        @Override
        public boolean isSeekable() {
            return false;
        }
    }

    /** A regular file (or directory) opened through a FileChannel. */
    public static final class ChannelFile extends OpenFile {
        private final FileChannel channel;
        private final boolean append;

        public ChannelFile(Path path, FileChannel channel, boolean readable, boolean writable, boolean append) {
            super(path, readable, writable);
            this.channel = channel;
            this.append = append;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws OsFailure {
            if (!readable) {
                throw new OsFailure(Errno.EBADF);
            }
            try {
                int n = channel.read(ByteBuffer.wrap(buf, off, len));
                return Math.max(n, 0);
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public int write(byte[] buf, int off, int len) throws OsFailure {
            if (!writable) {
                throw new OsFailure(Errno.EBADF);
            }
            try {
                if (append) {
                    channel.position(channel.size());
                }
                ByteBuffer b = ByteBuffer.wrap(buf, off, len);
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                return len;
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public long seek(long pos, int whence) throws OsFailure {
            try {
                long target = switch (whence) {
                    case 0 -> pos;
                    case 1 -> channel.position() + pos;
                    case 2 -> channel.size() + pos;
                    default -> throw new OsFailure(Errno.EINVAL);
                };
                if (target < 0) {
                    throw new OsFailure(Errno.EINVAL);
                }
                channel.position(target);
                return target;
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public long size() throws OsFailure {
            try {
                return channel.size();
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public void truncate(long size) throws OsFailure {
            if (!writable) {
                throw new OsFailure(Errno.EINVAL);
            }
            try {
                long pos = channel.position();
                if (size < channel.size()) {
                    channel.truncate(size);
                } else if (size > channel.size()) {
                    channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                }
                channel.position(pos);
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public void sync() throws OsFailure {
            try {
                channel.force(true);
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public void close() throws OsFailure {
            try {
                channel.close();
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public boolean isTerminal() {
            return false;
        }

        @Override
        public boolean isSeekable() {
            return true;
        }
    }

    /** A directory opened with os.open (only usable for fstat, fsync and close). */
    public static final class DirectoryFile extends OpenFile {
        public DirectoryFile(Path path) {
            super(path, true, false);
        }

        @Override
        public int read(byte[] buf, int off, int len) throws OsFailure {
            throw new OsFailure(Errno.EISDIR);
        }

        @Override
        public int write(byte[] buf, int off, int len) throws OsFailure {
            throw new OsFailure(Errno.EBADF);
        }

        @Override
        public long seek(long pos, int whence) throws OsFailure {
            return 0;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void truncate(long size) throws OsFailure {
            throw new OsFailure(Errno.EINVAL);
        }

        @Override
        public void sync() {
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isTerminal() {
            return false;
        }

        @Override
        public boolean isSeekable() {
            return true;
        }
    }

    /** A standard stream of the context (stdin, stdout or stderr). */
    public static final class StreamFile extends Unseekable {
        private final InputStream in;
        private final OutputStream out;
        private final boolean terminal;
        private boolean closed;

        public StreamFile(InputStream in, OutputStream out, boolean terminal) {
            super(null, in != null, out != null);
            this.in = in;
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws OsFailure {
            if (in == null || closed) {
                throw new OsFailure(Errno.EBADF);
            }
            try {
                if (len == 0) {
                    return 0;
                }
                // like read(2) on a pipe: return what is available, block only for the first byte
                int first = in.read();
                if (first < 0) {
                    return 0;
                }
                buf[off] = (byte) first;
                int n = 1;
                int avail = Math.min(in.available(), len - 1);
                if (avail > 0) {
                    int m = in.read(buf, off + 1, avail);
                    if (m > 0) {
                        n += m;
                    }
                }
                return n;
            } catch (IOException e) {
                throw new OsFailure(e);
            }
        }

        @Override
        public int write(byte[] buf, int off, int len) throws OsFailure {
            if (out == null || closed) {
                throw new OsFailure(Errno.EBADF);
            }
            try {
                out.write(buf, off, len);
                out.flush();
                return len;
            } catch (IOException e) {
                throw new OsFailure(Errno.EPIPE);
            }
        }

        @Override
        public boolean readReady() {
            try {
                return in == null || closed || in.available() > 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public void close() {
            // the context owns the underlying streams; closing fd 0-2 only detaches them
            closed = true;
        }

        @Override
        public boolean isTerminal() {
            return terminal;
        }

    }
}
