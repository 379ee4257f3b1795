package dev.taipan.runtime.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Socket addresses between their Python form (a (host, port) pair for AF_INET, a 2- to 4-tuple
 * for AF_INET6, a path for AF_UNIX) and java.net's, plus the textual forms of IP addresses the
 * way glibc's inet_ntop writes them.
 */
public final class SocketAddresses {
    public static final int AF_UNSPEC = 0;
    public static final int AF_UNIX = 1;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;

    private SocketAddresses() {
    }

    /** The Java address for the Python address {@code addr} of {@code family}; {@code caller} names the method in errors. */
    @TruffleBoundary
    public static SocketAddress toJava(int family, Object addr, String caller) {
        switch (family) {
            case AF_UNIX: {
                String path;
                if (addr instanceof String s) {
                    path = s;
                } else {
                    byte[] b = BytesLike.bytesOrNull(addr);
                    if (b == null) {
                        throw PythonErrors.typeError("%s(): AF_UNIX address must be str or bytes, not %s", caller, PyObjectGetClass.typeName(addr));
                    }
                    path = new String(b, StandardCharsets.UTF_8);
                }
                if (path.startsWith("\0")) {
                    // the JDK cannot name abstract-namespace sockets
                    throw SocketErrors.raise(97);
                }
                return UnixDomainSocketAddress.of(path);
            }
            case AF_INET: {
                if (!(addr instanceof PTuple t)) {
                    throw PythonErrors.typeError("%s(): AF_INET address must be tuple, not %s", caller, PyObjectGetClass.typeName(addr));
                }
                if (t.size() != 2) {
                    throw PythonErrors.typeError("AF_INET address must be a pair (host, port)");
                }
                InetAddress host = resolveForBind(t.get(0), AF_INET);
                return new InetSocketAddress(host, port(t.get(1), caller));
            }
            case AF_INET6: {
                if (!(addr instanceof PTuple t)) {
                    throw PythonErrors.typeError("%s(): AF_INET6 address must be tuple, not %s", caller, PyObjectGetClass.typeName(addr));
                }
                if (t.size() < 2 || t.size() > 4) {
                    throw PythonErrors.typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                InetAddress host = resolveForBind(t.get(0), AF_INET6);
                int port = port(t.get(1), caller);
                if (t.size() > 2) {
                    long flow = PyNumberConvert.asSize(t.get(2), BuiltinType.OVERFLOW_ERROR);
                    if (flow < 0 || flow > 0xfffff) {
                        throw PythonErrors.overflowError("%s(): flowinfo must be 0-1048575.", caller);
                    }
                }
                if (t.size() > 3) {
                    int scope = (int) PyNumberConvert.asSize(t.get(3), BuiltinType.OVERFLOW_ERROR);
                    if (scope != 0) {
                        try {
                            host = Inet6Address.getByAddress(null, host.getAddress(), scope);
                        } catch (UnknownHostException e) {
                            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                        }
                    }
                }
                return new InetSocketAddress(host, port);
            }
            default:
                throw SocketErrors.raise(97);
        }
    }

    private static int port(Object o, String caller) {
        if (!(o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger)) {
            PyNumberConvert.index(o);
        }
        long p;
        try {
            p = PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            throw PythonErrors.overflowError("%s(): port must be 0-65535.", caller);
        }
        if (p < 0 || p > 0xffff) {
            throw PythonErrors.overflowError("%s(): port must be 0-65535.", caller);
        }
        return (int) p;
    }

    /** The host of an address tuple: '' is the wildcard, '<broadcast>' the broadcast address, else a name or literal. */
    @TruffleBoundary
    public static InetAddress resolveForBind(Object hostObj, int family) {
        String host = hostString(hostObj);
        try {
            if (host.isEmpty()) {
                return family == AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByAddress(new byte[4]);
            }
            if (host.equals("<broadcast>") && family == AF_INET) {
                return InetAddress.getByAddress(new byte[]{-1, -1, -1, -1});
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        return Resolver.resolveOne(host, family);
    }

    /** A host argument: str, or bytes/bytearray (ASCII). */
    public static String hostString(Object hostObj) {
        if (hostObj instanceof String s) {
            return s;
        }
        if (hostObj instanceof dev.taipan.runtime.objects.PBytes || hostObj instanceof dev.taipan.runtime.objects.PByteArray) {
            return new String(BytesLike.require(hostObj), StandardCharsets.ISO_8859_1);
        }
        throw PythonErrors.typeError("str, bytes or bytearray expected, not %s", PyObjectGetClass.typeName(hostObj));
    }

    /** The Python form of a Java socket address. */
    @TruffleBoundary
    public static Object toPython(SocketAddress a) {
        if (a instanceof InetSocketAddress in) {
            InetAddress ip = in.getAddress();
            if (ip instanceof Inet6Address v6) {
                return PTuple.of(ntop(v6.getAddress()), (long) in.getPort(), 0L, (long) v6.getScopeId());
            }
            return PTuple.of(ip.getHostAddress(), (long) in.getPort());
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return u.getPath().toString();
        }
        return dev.taipan.runtime.objects.PNone.NONE;
    }

    /** An address as {@code family} reports it: IPv4 addresses of an AF_INET6 socket are IPv4-mapped. */
    @TruffleBoundary
    public static Object toPython(SocketAddress a, int family) {
        if (family == AF_INET6 && a instanceof InetSocketAddress in && in.getAddress() instanceof Inet4Address v4) {
            byte[] b = new byte[16];
            b[10] = -1;
            b[11] = -1;
            System.arraycopy(v4.getAddress(), 0, b, 12, 4);
            return PTuple.of(ntop(b), (long) in.getPort(), 0L, 0L);
        }
        return toPython(a);
    }

    /** inet_ntop for 4- or 16-byte addresses, with glibc's IPv6 zero compression and embedded IPv4. */
    @TruffleBoundary
    public static String ntop(byte[] b) {
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestBase = -1, bestLen = 0;
        for (int i = 0; i < 8;) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestBase = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            // ::a.b.c.d and ::ffff:a.b.c.d keep the IPv4 part dotted, as glibc prints them
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff))) {
                sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.').append(b[14] & 0xff).append('.').append(b[15] & 0xff);
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }

    /** inet_pton(AF_INET, s): strict dotted quad, or null. */
    public static byte[] parseIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] r = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            r[i] = (byte) v;
        }
        return r;
    }

    /** inet_pton(AF_INET6, s), or null. */
    @TruffleBoundary
    public static byte[] parseIPv6(String s) {
        if (s.indexOf(':') < 0 || s.indexOf('%') >= 0 || s.startsWith("[")) {
            return null;
        }
        try {
            InetAddress a = Inet6Address.ofLiteral(s);
            byte[] raw = a.getAddress();
            if (raw.length == 4) {
                // the JDK turns ::ffff:a.b.c.d into an IPv4 address
                byte[] b = new byte[16];
                b[10] = -1;
                b[11] = -1;
                System.arraycopy(raw, 0, b, 12, 4);
                return b;
            }
            return raw;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** inet_aton: the classic forms a, a.b, a.b.c, a.b.c.d with decimal, octal or hex parts; or null. */
    public static byte[] parseAton(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return null;
        }
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            // glibc allows trailing whitespace after the address
            if (i == parts.length - 1) {
                int sp = p.indexOf(' ');
                if (sp >= 0) {
                    p = p.substring(0, sp);
                }
            }
            if (p.isEmpty()) {
                return null;
            }
            int radix = 10;
            if (p.startsWith("0x") || p.startsWith("0X")) {
                radix = 16;
                p = p.substring(2);
                if (p.isEmpty()) {
                    v[i] = 0;
                    continue;
                }
            } else if (p.length() > 1 && p.charAt(0) == '0') {
                radix = 8;
                p = p.substring(1);
            }
            try {
                v[i] = Long.parseLong(p, radix);
            } catch (NumberFormatException e) {
                return null;
            }
            if (v[i] < 0 || v[i] > 0xffffffffL) {
                return null;
            }
        }
        long addr;
        int n = v.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) {
                return null;
            }
        }
        long last = v[n - 1];
        long max = n == 1 ? 0xffffffffL : n == 2 ? 0xffffffL : n == 3 ? 0xffffL : 0xffL;
        if (last > max) {
            return null;
        }
        addr = last;
        for (int i = 0; i < n - 1; i++) {
            addr |= v[i] << (24 - 8 * i);
        }
        return new byte[]{(byte) (addr >>> 24), (byte) (addr >>> 16), (byte) (addr >>> 8), (byte) addr};
    }
}
