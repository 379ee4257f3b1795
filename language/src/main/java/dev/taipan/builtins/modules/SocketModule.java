package dev.taipan.builtins.modules;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.builtins.types.SocketBuiltins;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.socket.PSocket;
import dev.taipan.runtime.socket.Resolver;
import dev.taipan.runtime.socket.SocketAddresses;
import dev.taipan.runtime.socket.SocketErrors;
import dev.taipan.runtime.socket.SocketFile;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code _socket}: the socket type, name resolution, address conversions and Linux's constants. */
public final class SocketModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_socket";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(SocketModuleFactory::getFactories);
    }

    /** The values of Linux x86-64, which socket.py turns into its enums. */
    private static final Object[][] CONSTANTS = {
                    {"AF_UNSPEC", 0}, {"AF_UNIX", 1}, {"AF_INET", 2}, {"AF_INET6", 10}, {"AF_NETLINK", 16}, {"AF_PACKET", 17},
                    {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2}, {"SOCK_RAW", 3}, {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5},
                    {"SOCK_NONBLOCK", 04000}, {"SOCK_CLOEXEC", 02000000},
                    {"SOL_SOCKET", 1}, {"SOL_IP", 0}, {"SOL_TCP", 6}, {"SOL_UDP", 17}, {"SOMAXCONN", 4096},
                    {"SO_DEBUG", 1}, {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_DONTROUTE", 5}, {"SO_BROADCAST", 6},
                    {"SO_SNDBUF", 7}, {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_OOBINLINE", 10}, {"SO_LINGER", 13}, {"SO_REUSEPORT", 15},
                    {"SO_RCVLOWAT", 18}, {"SO_SNDLOWAT", 19}, {"SO_RCVTIMEO", 20}, {"SO_SNDTIMEO", 21}, {"SO_ACCEPTCONN", 30},
                    {"SO_PROTOCOL", 38}, {"SO_DOMAIN", 39},
                    {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41},
                    {"IPPROTO_ICMPV6", 58}, {"IPPROTO_RAW", 255},
                    {"IP_TOS", 1}, {"IP_TTL", 2}, {"IP_MULTICAST_IF", 32}, {"IP_MULTICAST_TTL", 33}, {"IP_MULTICAST_LOOP", 34},
                    {"IP_ADD_MEMBERSHIP", 35}, {"IP_DROP_MEMBERSHIP", 36}, {"IPV6_V6ONLY", 26}, {"IPV6_JOIN_GROUP", 20},
                    {"IPV6_LEAVE_GROUP", 21}, {"IPV6_MULTICAST_HOPS", 18}, {"IPV6_MULTICAST_IF", 17}, {"IPV6_MULTICAST_LOOP", 19},
                    {"TCP_NODELAY", 1}, {"TCP_MAXSEG", 2}, {"TCP_KEEPIDLE", 4}, {"TCP_KEEPINTVL", 5}, {"TCP_KEEPCNT", 6},
                    {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2},
                    {"MSG_OOB", 1}, {"MSG_PEEK", 2}, {"MSG_DONTROUTE", 4}, {"MSG_CTRUNC", 8}, {"MSG_TRUNC", 0x20}, {"MSG_DONTWAIT", 0x40},
                    {"MSG_EOR", 0x80}, {"MSG_WAITALL", 0x100}, {"MSG_NOSIGNAL", 0x4000}, {"MSG_CMSG_CLOEXEC", 0x40000000},
                    {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4}, {"AI_V4MAPPED", 8}, {"AI_ALL", 0x10},
                    {"AI_ADDRCONFIG", 0x20}, {"AI_NUMERICSERV", 0x400},
                    {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2}, {"NI_NOFQDN", 4},
                    {"NI_NAMEREQD", 8}, {"NI_DGRAM", 16},
                    {"EAI_BADFLAGS", -1}, {"EAI_NONAME", -2}, {"EAI_AGAIN", -3}, {"EAI_FAIL", -4}, {"EAI_NODATA", -5}, {"EAI_FAMILY", -6},
                    {"EAI_SOCKTYPE", -7}, {"EAI_SERVICE", -8}, {"EAI_ADDRFAMILY", -9}, {"EAI_MEMORY", -10}, {"EAI_SYSTEM", -11},
                    {"EAI_OVERFLOW", -12},
                    {"INADDR_ANY", 0}, {"INADDR_BROADCAST", 0xffffffffL}, {"INADDR_LOOPBACK", 0x7f000001}, {"INADDR_NONE", 0xffffffffL},
    };

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        Object sock = ctx.getBuiltinClass(BuiltinType.SOCKET);
        m.setAttribute("socket", sock);
        m.setAttribute("SocketType", sock);
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.OS_ERROR));
        m.setAttribute("timeout", ctx.getBuiltinClass(BuiltinType.TIMEOUT_ERROR));
        m.setAttribute("gaierror", ctx.getBuiltinClass(BuiltinType.SOCKET_GAIERROR));
        m.setAttribute("herror", ctx.getBuiltinClass(BuiltinType.SOCKET_HERROR));
        m.setAttribute("has_ipv6", true);
        for (Object[] c : CONSTANTS) {
            m.setAttribute((String) c[0], ((Number) c[1]).longValue());
        }
    }

    static long intArg(Object o, long dflt) {
        if (o == PNone.NO_VALUE) {
            return dflt;
        }
        if (o instanceof Double) {
            throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    static String text(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("%s() argument 1 must be str, not %s", what, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "getaddrinfo", params = {"host", "port", "family", "type", "proto", "flags"}, required = 2, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class GetAddrInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object[] p) {
            String host = p[0] == PNone.NONE ? null : SocketAddresses.hostString(p[0]);
            Object port = p[1];
            if (port instanceof PBytes b) {
                port = new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            } else if (port instanceof Boolean || port instanceof Long) {
                port = intArg(port, 0);
            } else if (port == PNone.NONE) {
                port = 0L;
            } else if (!(port instanceof String)) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "Int or String expected");
            }
            return Resolver.getaddrinfo(host, port, (int) intArg(p[2], 0), (int) intArg(p[3], 0), (int) intArg(p[4], 0), (int) intArg(p[5], 0));
        }
    }

    @Builtin(name = "gethostname")
    @GenerateNodeFactory
    public abstract static class GetHostNameNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt() {
            try {
                return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            } catch (java.io.IOException | SecurityException e) {
                try {
                    return InetAddress.getLocalHost().getHostName();
                } catch (java.net.UnknownHostException ex) {
                    return "localhost";
                }
            }
        }
    }

    @Builtin(name = "gethostbyname", params = {"hostname"})
    @GenerateNodeFactory
    public abstract static class GetHostByNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object name) {
            return SocketAddresses.resolveForBind(name, SocketAddresses.AF_INET).getHostAddress();
        }
    }

    @Builtin(name = "gethostbyname_ex", params = {"hostname"})
    @GenerateNodeFactory
    public abstract static class GetHostByNameExNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object nameObj) {
            String name = SocketAddresses.hostString(nameObj);
            List<InetAddress> all = Resolver.resolve(name, SocketAddresses.AF_INET, false);
            PList ips = new PList();
            for (InetAddress a : all) {
                ips.append(a.getHostAddress());
            }
            String canon = Resolver.numeric(name, 0) != null ? name : all.get(0).getCanonicalHostName();
            return PTuple.of(canon, new PList(), ips);
        }
    }

    @Builtin(name = "gethostbyaddr", params = {"ip_address"})
    @GenerateNodeFactory
    public abstract static class GetHostByAddrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object addrObj) {
            String host = SocketAddresses.hostString(addrObj);
            InetAddress a = Resolver.resolveOne(host, 0);
            String name = Resolver.reverse(a);
            if (name == null) {
                throw SocketErrors.herror(1, "Unknown host");
            }
            PList ips = new PList();
            ips.append(a instanceof java.net.Inet6Address ? SocketAddresses.ntop(a.getAddress()) : a.getHostAddress());
            return PTuple.of(name, new PList(), ips);
        }
    }

    @Builtin(name = "getnameinfo", params = {"sockaddr", "flags"})
    @GenerateNodeFactory
    public abstract static class GetNameInfoNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object sockaddr, Object flagsObj) {
            if (!(sockaddr instanceof PTuple t)) {
                throw PythonErrors.typeError("getnameinfo() argument 1 must be a tuple");
            }
            if (t.size() < 2 || t.size() > 4) {
                throw PythonErrors.typeError("getnameinfo(): illegal sockaddr argument");
            }
            int flags = (int) intArg(flagsObj, 0);
            String host = SocketAddresses.hostString(t.get(0));
            long port = intArg(t.get(1), 0);
            InetAddress a = Resolver.resolve(host, t.size() > 2 ? SocketAddresses.AF_INET6 : 0, false).get(0);
            String hostOut = a instanceof java.net.Inet6Address ? SocketAddresses.ntop(a.getAddress()) : a.getHostAddress();
            if ((flags & 1) == 0) {
                String name = Resolver.reverse(a);
                if (name != null) {
                    hostOut = (flags & 4) != 0 && name.indexOf('.') > 0 ? name.substring(0, name.indexOf('.')) : name;
                } else if ((flags & 8) != 0) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                }
            }
            String serv = String.valueOf(port);
            if ((flags & 2) == 0) {
                String s = Resolver.serviceByPort((int) port, (flags & 16) != 0 ? "udp" : "tcp");
                if (s != null) {
                    serv = s;
                }
            }
            return PTuple.of(hostOut, serv);
        }
    }

    @Builtin(name = "getservbyname", params = {"servicename", "protocolname"}, required = 1)
    @GenerateNodeFactory
    public abstract static class GetServByNameNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object name, Object proto) {
            Integer p = Resolver.serviceByName(text(name, "getservbyname"), proto == PNone.NO_VALUE ? null : text(proto, "getservbyname"));
            if (p == null) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "service/proto not found");
            }
            return (long) p;
        }
    }

    @Builtin(name = "getservbyport", params = {"port", "protocolname"}, required = 1)
    @GenerateNodeFactory
    public abstract static class GetServByPortNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object portObj, Object proto) {
            long port = intArg(portObj, 0);
            if (port < 0 || port > 0xffff) {
                throw PythonErrors.overflowError("getservbyport: port must be 0-65535.");
            }
            String s = Resolver.serviceByPort((int) port, proto == PNone.NO_VALUE ? null : text(proto, "getservbyport"));
            if (s == null) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "port/proto not found");
            }
            return s;
        }
    }

    @Builtin(name = "getprotobyname", params = {"protocolname"})
    @GenerateNodeFactory
    public abstract static class GetProtoByNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object name) {
            return switch (text(name, "getprotobyname")) {
                case "ip" -> 0L;
                case "icmp" -> 1L;
                case "tcp" -> 6L;
                case "udp" -> 17L;
                case "ipv6" -> 41L;
                default -> throw PythonErrors.raise(BuiltinType.OS_ERROR, "protocol not found");
            };
        }
    }

    @Builtin(name = "inet_aton", params = {"ip_addr"})
    @GenerateNodeFactory
    public abstract static class InetAtonNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object s) {
            byte[] b = SocketAddresses.parseAton(text(s, "inet_aton"));
            if (b == null) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "illegal IP address string passed to inet_aton");
            }
            return new PBytes(b);
        }
    }

    @Builtin(name = "inet_ntoa", params = {"packed_ip"})
    @GenerateNodeFactory
    public abstract static class InetNtoaNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object packed) {
            byte[] b = BytesLike.require(packed);
            if (b.length != 4) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return SocketAddresses.ntop(b);
        }
    }

    @Builtin(name = "inet_pton", params = {"address_family", "ip_string"})
    @GenerateNodeFactory
    public abstract static class InetPtonNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object familyObj, Object s) {
            long family = intArg(familyObj, 0);
            String str = text(s, "inet_pton");
            byte[] b;
            if (family == SocketAddresses.AF_INET) {
                b = SocketAddresses.parseIPv4(str);
            } else if (family == SocketAddresses.AF_INET6) {
                b = SocketAddresses.parseIPv6(str);
            } else {
                throw SocketErrors.raise(97);
            }
            if (b == null) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "illegal IP address string passed to inet_pton");
            }
            return new PBytes(b);
        }
    }

    @Builtin(name = "inet_ntop", params = {"address_family", "packed_ip"})
    @GenerateNodeFactory
    public abstract static class InetNtopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object familyObj, Object packed) {
            long family = intArg(familyObj, 0);
            byte[] b = BytesLike.require(packed);
            if (family != SocketAddresses.AF_INET && family != SocketAddresses.AF_INET6) {
                throw PythonErrors.valueError("unknown address family %d", family);
            }
            if (b.length != (family == SocketAddresses.AF_INET ? 4 : 16)) {
                throw PythonErrors.valueError("invalid length of packed IP address string");
            }
            return SocketAddresses.ntop(b);
        }
    }

    static long unsigned(Object o, String name, int bits) {
        if (bits == 32) {
            // htonl/ntohl convert through C's unsigned long, with their own messages
            if (o instanceof java.math.BigInteger big && big.signum() > 0 && big.bitLength() > 64) {
                throw PythonErrors.overflowError("Python int too large to convert to C unsigned long");
            }
            if (o instanceof java.math.BigInteger big && big.signum() > 0) {
                throw PythonErrors.overflowError("int larger than 32 bits");
            }
        }
        long v = intArg(o, 0);
        if (v < 0) {
            throw bits == 16 ? PythonErrors.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", name)
                            : PythonErrors.overflowError("can't convert negative value to unsigned int");
        }
        if (bits == 16 ? v > 0xffff : v > 0xffffffffL) {
            throw bits == 16 ? PythonErrors.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer", name)
                            : PythonErrors.overflowError("int larger than 32 bits");
        }
        return v;
    }

    @Builtin(name = "htons", params = {"x"})
    @GenerateNodeFactory
    public abstract static class HtonsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return (long) (Short.reverseBytes((short) unsigned(x, "htons", 16)) & 0xffff);
        }
    }

    @Builtin(name = "ntohs", params = {"x"})
    @GenerateNodeFactory
    public abstract static class NtohsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return (long) (Short.reverseBytes((short) unsigned(x, "ntohs", 16)) & 0xffff);
        }
    }

    @Builtin(name = "htonl", params = {"x"})
    @GenerateNodeFactory
    public abstract static class HtonlNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return Integer.reverseBytes((int) unsigned(x, "htonl", 32)) & 0xffffffffL;
        }
    }

    @Builtin(name = "ntohl", params = {"x"})
    @GenerateNodeFactory
    public abstract static class NtohlNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return Integer.reverseBytes((int) unsigned(x, "ntohl", 32)) & 0xffffffffL;
        }
    }

    @Builtin(name = "getdefaulttimeout")
    @GenerateNodeFactory
    public abstract static class GetDefaultTimeoutNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            double t = OsState.get().socketDefaultTimeout;
            return t < 0 ? PNone.NONE : (Object) t;
        }
    }

    @Builtin(name = "setdefaulttimeout", params = {"timeout"})
    @GenerateNodeFactory
    public abstract static class SetDefaultTimeoutNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object t) {
            OsState.get().socketDefaultTimeout = SocketBuiltins.parseTimeout(t);
            return PNone.NONE;
        }
    }

    @Builtin(name = "socketpair", params = {"family", "type", "proto"}, required = 0)
    @GenerateNodeFactory
    public abstract static class SocketPairNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object familyObj, Object typeObj, Object protoObj) {
            int family = (int) intArg(familyObj == PNone.NONE ? PNone.NO_VALUE : familyObj, SocketAddresses.AF_UNIX);
            int type = (int) intArg(typeObj, SocketFile.SOCK_STREAM);
            int proto = (int) intArg(protoObj, 0);
            SocketFile[] ends = SocketFile.pair(family, type, proto);
            PythonClass cls = (PythonClass) TaipanContext.get(null).getBuiltinClass(BuiltinType.SOCKET);
            OsState os = OsState.get();
            Object[] out = new Object[2];
            for (int i = 0; i < 2; i++) {
                PSocket s = new PSocket(cls);
                s.family = family;
                s.type = type;
                s.proto = proto;
                s.timeout = os.socketDefaultTimeout;
                s.fd = os.add(ends[i]);
                out[i] = s;
            }
            return PTuple.of(out);
        }
    }

    @Builtin(name = "dup", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class DupNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object fdObj) {
            long fd = intArg(fdObj, -1);
            OsState os = OsState.get();
            if (fd < 0 || fd > Integer.MAX_VALUE || !(os.get((int) fd) instanceof SocketFile f)) {
                throw SocketErrors.raise(dev.taipan.runtime.os.Errno.EBADF);
            }
            return (long) os.add(f.retain());
        }
    }

    @Builtin(name = "close", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object fdObj) {
            try {
                OsState.get().close(intArg(fdObj, -1));
            } catch (dev.taipan.runtime.os.OpenFile.OsFailure e) {
                throw SocketErrors.raise(e.errno);
            }
            return PNone.NONE;
        }
    }
}
