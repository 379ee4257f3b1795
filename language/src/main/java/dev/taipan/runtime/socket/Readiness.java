package dev.taipan.runtime.socket;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;

/**
 * poll(2) over the process's descriptors, the engine of select.select and select.poll: socket
 * channels wait on one JDK Selector, regular files are always ready, and the standard input
 * is checked for available bytes.
 */
public final class Readiness {
    public static final int POLLIN = 1;
    public static final int POLLPRI = 2;
    public static final int POLLOUT = 4;
    public static final int POLLERR = 8;
    public static final int POLLHUP = 16;
    public static final int POLLNVAL = 32;
    /** How often the standard input is looked at while sockets are waited for. */
    private static final long STDIN_SLICE_MS = 20;

    private Readiness() {
    }

    /**
     * The revents of each of {@code fds} for the requested {@code events}, waiting up to
     * {@code timeoutNanos} (negative: forever) until at least one is ready.
     */
    @TruffleBoundary
    public static int[] poll(int[] fds, int[] events, long timeoutNanos) {
        int n = fds.length;
        int[] rev = new int[n];
        OsState os = OsState.get();
        long deadline = timeoutNanos < 0 ? -1 : System.nanoTime() + timeoutNanos;
        Selector sel = null;
        Map<SelectableChannel, List<Integer>> users = new HashMap<>();
        List<Integer> others = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                OpenFile f = fds[i] < 0 ? null : os.get(fds[i]);
                if (f == null || (f instanceof SocketFile s && s.isClosed())) {
                    rev[i] = POLLNVAL;
                } else if (f instanceof SocketFile s) {
                    if (s.isIdleStream()) {
                        rev[i] = (events[i] & POLLOUT) | POLLHUP;
                        continue;
                    }
                    int ops = s.interestOps((events[i] & (POLLIN | POLLPRI)) != 0, (events[i] & POLLOUT) != 0);
                    if (ops == 0) {
                        continue;
                    }
                    if (sel == null) {
                        sel = Selector.open();
                    }
                    SelectableChannel ch = s.channel();
                    SelectionKey key = ch.keyFor(sel);
                    if (key == null) {
                        ch.register(sel, ops);
                    } else {
                        key.interestOps(key.interestOps() | ops);
                    }
                    users.computeIfAbsent(ch, c -> new ArrayList<>()).add(i);
                } else {
                    others.add(i);
                }
            }
            while (true) {
                boolean ready = false;
                for (int i : others) {
                    OpenFile f = os.get(fds[i]);
                    rev[i] = (events[i] & POLLOUT) | (f.readReady() ? events[i] & POLLIN : 0);
                }
                for (int r : rev) {
                    ready |= r != 0;
                }
                long left = deadline < 0 ? Long.MAX_VALUE : deadline - System.nanoTime();
                if (sel != null) {
                    if (ready || left <= 0) {
                        sel.selectNow();
                    } else {
                        long ms = deadline < 0 ? 0 : Math.max(1, (left + 999_999) / 1_000_000);
                        if (!others.isEmpty()) {
                            ms = ms == 0 ? STDIN_SLICE_MS : Math.min(ms, STDIN_SLICE_MS);
                        }
                        long wait = ms;
                        Selector waitOn = sel;
                        dev.taipan.runtime.thread.GlobalInterpreterLock.whileBlockedIO(() -> waitOn.select(wait));
                    }
                    for (SelectionKey key : sel.selectedKeys()) {
                        int got = key.readyOps();
                        for (int i : users.get(key.channel())) {
                            SocketFile s = (SocketFile) os.get(fds[i]);
                            int r = 0;
                            if ((got & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                                r |= events[i] & (POLLIN | POLLPRI);
                            }
                            if ((got & SelectionKey.OP_CONNECT) != 0) {
                                s.completeConnect();
                            }
                            if ((got & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                                r |= events[i] & POLLOUT;
                            }
                            rev[i] |= r;
                            ready |= r != 0;
                        }
                    }
                    sel.selectedKeys().clear();
                } else if (!ready && left > 0) {
                    if (others.isEmpty() && deadline < 0) {
                        // nothing to wait for but the end of time: sleep as poll(2) would
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    Thread.sleep(Math.min(STDIN_SLICE_MS, Math.max(1, left / 1_000_000)));
                }
                if (ready || (deadline >= 0 && System.nanoTime() >= deadline)) {
                    return rev;
                }
                if (Thread.interrupted()) {
                    throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
                }
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        } catch (InterruptedException e) {
            throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
        } finally {
            if (sel != null) {
                try {
                    sel.close();
                } catch (IOException e) {
                    // the selector held no state worth reporting
                }
            }
        }
    }
}
