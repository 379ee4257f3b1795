package dev.taipan.runtime.socket;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.thread.GlobalInterpreterLock;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A socket behind a file descriptor: the java.nio channel that plays the kernel socket. A
 * stream socket starts as a SocketChannel (bind and connect work on it) and becomes a
 * ServerSocketChannel bound to the same address on listen(), since the JDK binds and listens in
 * one step. Channels stay non-blocking; blocking calls and timeouts wait on a Selector, so one
 * code path serves all three socket modes. Descriptors made by dup() share this object.
 *
 * <p>
 * Timeouts are passed in nanoseconds: negative waits forever, 0 is non-blocking.
 */
public final class SocketFile extends OpenFile.Unseekable {
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;

    public final int family;
    public final int type;
    public final int proto;
    private SocketChannel stream;
    private ServerSocketChannel server;
    private DatagramChannel dgram;
    private boolean connectPending;
    /** SO_ERROR: the errno of a non-blocking connect that failed. */
    private int soError;
    /** Options set by the program, applied again when listen() replaces the channel. */
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    /**
     * IPV6_V6ONLY, which the JDK cannot set (its IPv6 sockets are dual-stack): bound to a
     * specific address nothing differs; on the wildcard, IPv4 peers are turned away here.
     */
    public boolean v6only;
    /** socketpair() ends report no address, like unnamed Unix sockets. */
    private boolean unnamed;
    private int refs = 1;
    private boolean closed;
    private Selector waiter;

    private SocketFile(int family, int type, int proto) {
        super(null, true, true);
        this.family = family;
        this.type = type;
        this.proto = proto;
    }

    private static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case SocketAddresses.AF_INET -> StandardProtocolFamily.INET;
            case SocketAddresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case SocketAddresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> throw SocketErrors.raise(97);
        };
    }

    /** socket(family, type, proto). */
    @TruffleBoundary
    public static SocketFile open(int family, int type, int proto) {
        ProtocolFamily pf = protocolFamily(family);
        SocketFile f = new SocketFile(family, type, proto);
        try {
            if (type == SOCK_STREAM) {
                if (proto != 0 && proto != 6 && family != SocketAddresses.AF_UNIX) {
                    throw SocketErrors.raise(93);
                }
                f.stream = SocketChannel.open(pf);
                f.stream.configureBlocking(false);
            } else if (type == SOCK_DGRAM) {
                if (family == SocketAddresses.AF_UNIX) {
                    // the JDK has no Unix datagram channels
                    throw SocketErrors.raise(94);
                }
                if (proto != 0 && proto != 17) {
                    throw SocketErrors.raise(93);
                }
                f.dgram = DatagramChannel.open(pf);
                f.dgram.configureBlocking(false);
            } else {
                throw SocketErrors.raise(94);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw SocketErrors.fromJava(e);
        }
        return f;
    }

    static SocketFile accepted(SocketFile listener, SocketChannel ch) throws IOException {
        SocketFile f = new SocketFile(listener.family, listener.type, listener.proto);
        ch.configureBlocking(false);
        f.stream = ch;
        return f;
    }

    /** socketpair(): two connected stream sockets, made over a short-lived listener. */
    @TruffleBoundary
    public static SocketFile[] pair(int family, int type, int proto) {
        if (family != SocketAddresses.AF_UNIX) {
            // Linux makes socket pairs of Unix sockets only
            throw SocketErrors.raise(95);
        }
        if (type != SOCK_STREAM) {
            throw SocketErrors.raise(95);
        }
        ProtocolFamily pf = protocolFamily(family);
        java.nio.file.Path path = null;
        try (ServerSocketChannel listener = ServerSocketChannel.open(pf)) {
            path = Files.createTempDirectory("taipan-socketpair").resolve("s");
            listener.bind(UnixDomainSocketAddress.of(path), 1);
            SocketChannel a = SocketChannel.open(pf);
            a.connect(listener.getLocalAddress());
            SocketChannel b = listener.accept();
            SocketFile fa = new SocketFile(family, type, proto);
            SocketFile fb = new SocketFile(family, type, proto);
            a.configureBlocking(false);
            b.configureBlocking(false);
            fa.stream = a;
            fb.stream = b;
            fa.unnamed = fb.unnamed = true;
            return new SocketFile[]{fa, fb};
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        } finally {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                    Files.deleteIfExists(path.getParent());
                } catch (IOException e) {
                    // a stale temporary file is harmless
                }
            }
        }
    }

    // ---------------------------------------------------------------- state

    private void checkOpen() {
        if (closed) {
            throw SocketErrors.raise(Errno.EBADF);
        }
    }

    public SelectableChannel channel() {
        return server != null ? server : stream != null ? stream : dgram;
    }

    private NetworkChannel network() {
        return (NetworkChannel) channel();
    }

    public boolean isListening() {
        return server != null;
    }

    /** Neither connected, connecting nor listening: poll(2) reports such a stream socket as hung up. */
    public boolean isIdleStream() {
        return stream != null && !stream.isConnected() && !connectPending;
    }

    /** The selection ops that mean "readable" / "writable" for the current channel. */
    public int interestOps(boolean read, boolean write) {
        int ops = 0;
        if (read) {
            ops |= server != null ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if (write && server == null) {
            ops |= connectPending ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops;
    }

    /** A pending connect became ready: completes it and records its outcome in SO_ERROR. */
    @TruffleBoundary
    public void completeConnect() {
        if (!connectPending) {
            return;
        }
        try {
            if (stream.finishConnect()) {
                connectPending = false;
            }
        } catch (IOException e) {
            connectPending = false;
            soError = SocketErrors.errnoOf(e);
            reopenStream();
        }
    }

    /** The JDK closes a channel whose connect failed; the socket itself stays usable. */
    private void reopenStream() {
        try {
            stream = SocketChannel.open(protocolFamily(family));
            stream.configureBlocking(false);
            applyOptions(stream);
        } catch (IOException e) {
            // the next operation reports the closed channel
        }
    }

    private void applyOptions(NetworkChannel ch) throws IOException {
        for (Map.Entry<SocketOption<Object>, Object> e : options.entrySet()) {
            if (ch.supportedOptions().contains(e.getKey())) {
                ch.setOption(e.getKey(), e.getValue());
            }
        }
    }

    /** Waits until the channel is ready for {@code ops}; false when the deadline passed first. */
    private boolean await(int ops, long deadline) throws IOException {
        if (waiter == null) {
            waiter = Selector.open();
        }
        SelectableChannel ch = channel();
        SelectionKey key = ch.keyFor(waiter);
        if (key == null || !key.isValid()) {
            if (key != null) {
                waiter.selectNow(); // flushes the cancelled key
            }
            key = ch.register(waiter, ops);
        } else {
            key.interestOps(ops);
        }
        while (true) {
            // other Python threads run while this one waits
            if (deadline < 0) {
                GlobalInterpreterLock.whileBlockedIO(waiter::select);
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                GlobalInterpreterLock.whileBlockedIO(() -> waiter.select(Math.max(1, (left + 999_999) / 1_000_000)));
            }
            waiter.selectedKeys().clear();
            if (key.isValid() && (key.readyOps() & ops) != 0) {
                return true;
            }
            if (Thread.interrupted()) {
                throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
            }
        }
    }

    private static boolean isIPv4(SocketAddress a) {
        return a instanceof java.net.InetSocketAddress in && in.getAddress() instanceof java.net.Inet4Address;
    }

    private static long deadline(long timeout) {
        return timeout < 0 ? -1 : System.nanoTime() + timeout;
    }

    /** Waits for {@code ops} or raises: EAGAIN when non-blocking, TimeoutError when the time is up. */
    private void block(int ops, long timeout, long deadline) throws IOException {
        if (timeout == 0) {
            throw SocketErrors.wouldBlock();
        }
        if (!await(ops, deadline)) {
            throw SocketErrors.timeout();
        }
    }

    // ---------------------------------------------------------------- operations

    @TruffleBoundary
    public void bind(SocketAddress addr) {
        checkOpen();
        try {
            if (server != null || (stream != null && (stream.getLocalAddress() != null || stream.isConnected()))) {
                throw SocketErrors.raise(Errno.EINVAL);
            }
            if (stream != null) {
                stream.bind(addr);
            } else {
                dgram.bind(addr);
            }
        } catch (AlreadyBoundException e) {
            throw SocketErrors.raise(Errno.EINVAL);
        } catch (IOException | RuntimeException e) {
            if (e instanceof dev.taipan.runtime.exceptions.PException pe) {
                throw pe;
            }
            throw SocketErrors.fromJava(e);
        }
    }

    @TruffleBoundary
    public void listen(int backlog) {
        checkOpen();
        if (server != null) {
            return;
        }
        if (stream == null) {
            throw SocketErrors.raise(95);
        }
        if (stream.isConnected() || connectPending) {
            throw SocketErrors.raise(Errno.EINVAL);
        }
        try {
            SocketAddress local = stream.getLocalAddress();
            stream.close();
            if (local instanceof UnixDomainSocketAddress u) {
                // bind() made the socket file; the listener binds it anew
                Files.deleteIfExists(u.getPath());
            }
            ServerSocketChannel s = ServerSocketChannel.open(protocolFamily(family));
            // the JDK turns SO_REUSEADDR on for listeners; CPython leaves it to the program
            if (s.supportedOptions().contains(java.net.StandardSocketOptions.SO_REUSEADDR)) {
                s.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE.equals(options.get(java.net.StandardSocketOptions.SO_REUSEADDR)));
            }
            applyOptions(s);
            s.configureBlocking(false);
            s.bind(local, Math.max(backlog, 0));
            server = s;
            stream = null;
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** accept(): the connected socket and the peer's address. */
    @TruffleBoundary
    public SocketFile accept(long timeout, SocketAddress[] peer) {
        checkOpen();
        if (server == null) {
            throw SocketErrors.raise(Errno.EINVAL);
        }
        long deadline = deadline(timeout);
        try {
            while (true) {
                SocketChannel ch = server.accept();
                if (ch != null && v6only && isIPv4(ch.getRemoteAddress())) {
                    ch.close();
                    continue;
                }
                if (ch != null) {
                    peer[0] = ch.getRemoteAddress();
                    return accepted(this, ch);
                }
                block(SelectionKey.OP_ACCEPT, timeout, deadline);
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** connect(): 0 on success, else the errno (raised unless {@code raise} is false). */
    @TruffleBoundary
    public int connect(SocketAddress addr, long timeout, boolean raise) {
        checkOpen();
        int err = connectErrno(addr, timeout, raise);
        if (err != 0 && raise) {
            throw SocketErrors.raise(err);
        }
        return err;
    }

    private int connectErrno(SocketAddress addr, long timeout, boolean raise) {
        try {
            if (dgram != null) {
                dgram.connect(addr);
                return 0;
            }
            if (server != null) {
                return Errno.EINVAL;
            }
            if (connectPending) {
                completeConnect();
                if (connectPending) {
                    return 114;
                }
                int e = soError;
                soError = 0;
                return e != 0 ? e : 106;
            }
            if (stream.isConnected()) {
                return 106;
            }
            if (stream.connect(addr)) {
                return 0;
            }
            connectPending = true;
            if (timeout == 0) {
                return 115;
            }
            if (!await(SelectionKey.OP_CONNECT, deadline(timeout))) {
                if (raise) {
                    throw SocketErrors.timeout();
                }
                return Errno.EAGAIN;
            }
            try {
                stream.finishConnect();
                connectPending = false;
                return 0;
            } catch (IOException e) {
                connectPending = false;
                reopenStream();
                return SocketErrors.errnoOf(e);
            }
        } catch (IOException | java.nio.channels.UnsupportedAddressTypeException e) {
            if (stream != null && !stream.isOpen()) {
                connectPending = false;
                reopenStream();
            }
            return SocketErrors.errnoOf(e);
        } catch (java.nio.channels.UnresolvedAddressException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    private java.nio.channels.ByteChannel dataChannel() {
        checkOpen();
        if (dgram != null) {
            return dgram;
        }
        if (stream == null || !stream.isConnected()) {
            throw SocketErrors.raise(107);
        }
        return stream;
    }

    /** recv(): up to {@code len} bytes into {@code buf}; 0 at end of stream. */
    @TruffleBoundary
    public int recv(byte[] buf, int off, int len, long timeout) {
        if (dgram != null) {
            int[] n = new int[1];
            recvFrom(buf, off, len, timeout, n);
            return n[0];
        }
        java.nio.channels.ByteChannel ch = dataChannel();
        long deadline = deadline(timeout);
        try {
            while (true) {
                int n = ch.read(ByteBuffer.wrap(buf, off, len));
                if (n != 0 || len == 0) {
                    return Math.max(n, 0);
                }
                block(SelectionKey.OP_READ, timeout, deadline);
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** recvfrom(): fills {@code count[0]} and returns the sender's address (null for a stream). */
    @TruffleBoundary
    public SocketAddress recvFrom(byte[] buf, int off, int len, long timeout, int[] count) {
        checkOpen();
        if (dgram == null) {
            // a stream socket reports no sender (CPython returns None)
            count[0] = recv(buf, off, len, timeout);
            return null;
        }
        long deadline = deadline(timeout);
        try {
            while (true) {
                ByteBuffer bb = ByteBuffer.wrap(buf, off, len);
                SocketAddress from = dgram.receive(bb);
                if (from != null && v6only && isIPv4(from)) {
                    continue;
                }
                if (from != null) {
                    count[0] = bb.position() - off;
                    return from;
                }
                block(SelectionKey.OP_READ, timeout, deadline);
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** send(): writes what fits now (waiting until something does); returns the count. */
    @TruffleBoundary
    public int send(byte[] data, int off, int len, long timeout) {
        java.nio.channels.ByteChannel ch = dataChannel();
        if (ch == dgram && !dgram.isConnected()) {
            throw SocketErrors.raise(89);
        }
        long deadline = deadline(timeout);
        try {
            while (true) {
                int n = ch.write(ByteBuffer.wrap(data, off, len));
                if (n != 0 || len == 0) {
                    return n;
                }
                block(SelectionKey.OP_WRITE, timeout, deadline);
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** sendall(): everything, the timeout counting for the whole call. */
    @TruffleBoundary
    public void sendAll(byte[] data, long timeout) {
        long deadline = deadline(timeout);
        int off = 0;
        do {
            long left = timeout <= 0 ? timeout : Math.max(1, deadline - System.nanoTime());
            off += send(data, off, data.length - off, left);
        } while (off < data.length);
    }

    @TruffleBoundary
    public int sendTo(byte[] data, SocketAddress to, long timeout) {
        checkOpen();
        if (dgram == null) {
            if (stream != null && stream.isConnected()) {
                throw SocketErrors.raise(106);
            }
            // Linux: sendto on an unconnected stream socket
            throw SocketErrors.raise(Errno.EPIPE);
        }
        long deadline = deadline(timeout);
        try {
            while (true) {
                int n = dgram.send(ByteBuffer.wrap(data), to);
                if (n != 0 || data.length == 0) {
                    return n;
                }
                block(SelectionKey.OP_WRITE, timeout, deadline);
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        } catch (java.nio.channels.UnresolvedAddressException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    @TruffleBoundary
    public void shutdown(int how) {
        checkOpen();
        if (how < 0 || how > 2) {
            throw SocketErrors.raise(Errno.EINVAL);
        }
        if (stream == null || !stream.isConnected()) {
            throw SocketErrors.raise(107);
        }
        try {
            if (how != 1) {
                stream.shutdownInput();
            }
            if (how != 0) {
                stream.shutdownOutput();
            }
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    @TruffleBoundary
    public SocketAddress localAddress() {
        checkOpen();
        if (unnamed) {
            return null;
        }
        try {
            return network().getLocalAddress();
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    @TruffleBoundary
    public SocketAddress peerAddress() {
        checkOpen();
        try {
            SocketAddress a = stream != null && stream.isConnected() ? stream.getRemoteAddress() : dgram != null ? dgram.getRemoteAddress() : null;
            if (a == null) {
                throw SocketErrors.raise(107);
            }
            return unnamed ? null : a;
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** SO_ERROR: reads and clears the error of a non-blocking connect. */
    @TruffleBoundary
    public int takeError() {
        completeConnect();
        int e = soError;
        soError = 0;
        return e;
    }

    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public void setOption(SocketOption<?> opt, Object value) {
        checkOpen();
        NetworkChannel ch = network();
        if (!ch.supportedOptions().contains(opt)) {
            throw SocketErrors.raise(92);
        }
        try {
            ch.setOption((SocketOption<Object>) opt, value);
            options.put((SocketOption<Object>) opt, value);
        } catch (IOException | IllegalArgumentException e) {
            throw e instanceof IOException io ? SocketErrors.fromJava(io) : SocketErrors.raise(Errno.EINVAL);
        }
    }

    @TruffleBoundary
    public Object getOption(SocketOption<?> opt) {
        checkOpen();
        NetworkChannel ch = network();
        if (!ch.supportedOptions().contains(opt)) {
            throw SocketErrors.raise(92);
        }
        try {
            return ch.getOption(opt);
        } catch (IOException e) {
            throw SocketErrors.fromJava(e);
        }
    }

    /** One more descriptor for this socket (dup). */
    public SocketFile retain() {
        checkOpen();
        refs++;
        return this;
    }

    @Override
    public OpenFile duplicate() {
        return retain();
    }

    public boolean isClosed() {
        return closed;
    }

    // ---------------------------------------------------------------- OpenFile (os.read, os.write, os.close)

    @Override
    public int read(byte[] buf, int off, int len) {
        return recv(buf, off, len, -1);
    }

    @Override
    public int write(byte[] buf, int off, int len) {
        return send(buf, off, len, -1);
    }

    /** Releases one descriptor; the channel closes with the last. */
    @Override
    @TruffleBoundary
    public void close() {
        if (closed || --refs > 0) {
            return;
        }
        closed = true;
        try {
            SelectableChannel ch = channel();
            if (ch != null) {
                ch.close();
            }
            if (waiter != null) {
                waiter.close();
            }
        } catch (IOException e) {
            // close(2) errors on sockets are not reported (CPython ignores ECONNRESET too)
        }
    }

    @Override
    public boolean isTerminal() {
        return false;
    }
}
