package dev.taipan.runtime.os;

/**
 * The kernel side of a pipe made by {@code os.pipe()}: a bounded byte queue (64 KiB, like Linux)
 * with the number of open read and write ends. A read blocks until bytes arrive or every write
 * end is closed (then it returns 0, end of file); a write blocks while the queue is full and fails
 * with EPIPE once every read end is closed. Child-process pumps use it from their own threads.
 */
public final class PipeBuffer {
    static final int CAPACITY = 64 * 1024;

    private final byte[] data = new byte[CAPACITY];
    private int head;
    private int count;
    private int readers = 1;
    private int writers = 1;

    /** Reads up to {@code len} bytes, waiting for the first; 0 at end of file. */
    public synchronized int read(byte[] buf, int off, int len) throws InterruptedException {
        if (len == 0) {
            return 0;
        }
        while (count == 0 && writers > 0) {
            wait();
        }
        int n = Math.min(len, count);
        for (int i = 0; i < n; i++) {
            buf[off + i] = data[(head + i) % CAPACITY];
        }
        head = (head + n) % CAPACITY;
        count -= n;
        notifyAll();
        return n;
    }

    /** Writes all {@code len} bytes, waiting for room; false when no reader is left (EPIPE). */
    public synchronized boolean write(byte[] buf, int off, int len) throws InterruptedException {
        int done = 0;
        while (done < len) {
            if (readers == 0) {
                return false;
            }
            if (count == CAPACITY) {
                wait();
                continue;
            }
            int n = Math.min(len - done, CAPACITY - count);
            for (int i = 0; i < n; i++) {
                data[(head + count + i) % CAPACITY] = buf[off + done + i];
            }
            count += n;
            done += n;
            notifyAll();
        }
        return true;
    }

    /** Whether a read would return at once (bytes waiting, or end of file). */
    public synchronized boolean readReady() {
        return count > 0 || writers == 0;
    }

    /** Whether every read end is closed (a write would fail with EPIPE). */
    public synchronized boolean readersGone() {
        return readers == 0;
    }

    synchronized void open(boolean readEnd) {
        if (readEnd) {
            readers++;
        } else {
            writers++;
        }
    }

    synchronized void close(boolean readEnd) {
        if (readEnd) {
            readers--;
        } else {
            writers--;
        }
        notifyAll();
    }
}
