package dev.taipan.runtime.os;

/**
 * One descriptor of a pipe (see {@link PipeBuffer}): its read end or its write end. Every
 * {@code dup} and every child-process pump holds its own PipeEnd, so the pipe reaches end of
 * file only when the last write end is closed, as with kernel pipes.
 */
public final class PipeEnd extends OpenFile.Unseekable {
    private final PipeBuffer pipe;
    private boolean closed;
    private volatile boolean blocking = true;

    private PipeEnd(PipeBuffer pipe, boolean readEnd) {
        super(null, readEnd, !readEnd);
        this.pipe = pipe;
    }

    /** A new pipe: {read end, write end}. */
    public static PipeEnd[] create() {
        PipeBuffer p = new PipeBuffer();
        return new PipeEnd[]{new PipeEnd(p, true), new PipeEnd(p, false)};
    }

    public PipeBuffer buffer() {
        return pipe;
    }

    @Override
    public PipeEnd duplicate() {
        pipe.open(readable);
        return new PipeEnd(pipe, readable);
    }

    @Override
    public int read(byte[] buf, int off, int len) throws OsFailure {
        if (!readable || closed) {
            throw new OsFailure(Errno.EBADF);
        }
        if (!blocking && !pipe.readReady()) {
            throw new OsFailure(Errno.EAGAIN);
        }
        return dev.taipan.runtime.thread.GlobalInterpreterLock.whileBlocked(() -> {
            try {
                return pipe.read(buf, off, len);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        });
    }

    @Override
    public int write(byte[] buf, int off, int len) throws OsFailure {
        if (!writable || closed) {
            throw new OsFailure(Errno.EBADF);
        }
        boolean ok = dev.taipan.runtime.thread.GlobalInterpreterLock.whileBlocked(() -> {
            try {
                return pipe.write(buf, off, len);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
        if (!ok) {
            throw new OsFailure(Errno.EPIPE);
        }
        return len;
    }

    @Override
    public boolean isBlocking() {
        return blocking;
    }

    @Override
    public void setBlocking(boolean blocking) {
        this.blocking = blocking;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pipe.close(readable);
        }
    }

    @Override
    public boolean isTerminal() {
        return false;
    }

    /**
     * For select/poll: the read end when bytes or end of file wait; the write end only once
     * every read end is closed (POLLERR on Linux, what asyncio's pipe transports watch for).
     */
    @Override
    public boolean readReady() {
        return closed || (readable ? pipe.readReady() : pipe.readersGone());
    }
}
