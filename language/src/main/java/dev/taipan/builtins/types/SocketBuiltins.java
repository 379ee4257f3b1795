package dev.taipan.builtins.types;

import java.net.SocketAddress;
import java.net.SocketOption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.IoBuffers;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.socket.PSocket;
import dev.taipan.runtime.socket.SocketAddresses;
import dev.taipan.runtime.socket.SocketErrors;
import dev.taipan.runtime.socket.SocketFile;
import dev.taipan.runtime.socket.SocketOptions;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _socket.socket: the methods socket.py's socket class builds on. */
public final class SocketBuiltins {
    static final int SOCK_NONBLOCK = 04000;
    static final int SOCK_CLOEXEC = 02000000;
    static final int MSG_DONTWAIT = 0x40;

    private SocketBuiltins() {
    }

    static PSocket self(Object o) {
        if (o instanceof PSocket s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor requires a '_socket.socket' object but received a '%s'", PyObjectGetClass.typeName(o));
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

    static final int MSG_NOSIGNAL = 0x4000;

    /**
     * The timeout for one call: flags with MSG_DONTWAIT make it non-blocking. Flags the channels
     * cannot honour (MSG_PEEK, MSG_OOB, MSG_WAITALL, ...) are refused rather than ignored.
     */
    static long timeout(PSocket s, Object flags) {
        long f = intArg(flags, 0);
        if ((f & ~(MSG_DONTWAIT | MSG_NOSIGNAL)) != 0) {
            throw SocketErrors.raise(95);
        }
        return (f & MSG_DONTWAIT) != 0 ? 0 : s.timeoutNanos();
    }

    static SocketAddress address(PSocket s, Object addr, String caller) {
        return SocketAddresses.toJava(s.family, addr, caller);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PSocket((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "family", "type", "proto", "fileno"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object familyObj, Object typeObj, Object protoObj, Object filenoObj) {
            PSocket s = self(self);
            long family = intArg(familyObj, -1);
            long type = intArg(typeObj, -1);
            long proto = intArg(protoObj, -1);
            OsState os = OsState.get();
            s.timeout = os.socketDefaultTimeout;
            if (filenoObj != PNone.NO_VALUE && filenoObj != PNone.NONE) {
                long fd = intArg(filenoObj, -1);
                if (fd < 0) {
                    throw PythonErrors.valueError("negative file descriptor");
                }
                var f = fd > Integer.MAX_VALUE ? null : os.get((int) fd);
                if (!(f instanceof SocketFile sf)) {
                    throw SocketErrors.raise(f == null ? Errno.EBADF : 88);
                }
                s.fd = (int) fd;
                s.family = family == -1 ? sf.family : (int) family;
                s.type = type == -1 ? sf.type : (int) type;
                s.proto = proto == -1 ? sf.proto : (int) proto;
                return PNone.NONE;
            }
            s.family = family == -1 ? SocketAddresses.AF_INET : (int) family;
            int t = type == -1 ? SocketFile.SOCK_STREAM : (int) type;
            if ((t & SOCK_NONBLOCK) != 0) {
                s.timeout = 0;
            }
            s.type = t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            s.proto = proto == -1 ? 0 : (int) proto;
            s.fd = os.add(SocketFile.open(s.family, s.type, s.proto));
            return PNone.NONE;
        }
    }

    @Builtin(name = "_accept", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AcceptNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            SocketAddress[] peer = new SocketAddress[1];
            SocketFile conn = s.file().accept(s.timeoutNanos(), peer);
            long fd = OsState.get().add(conn);
            return PTuple.of(fd, SocketAddresses.toPython(peer[0], s.family));
        }
    }

    @Builtin(name = "bind", params = {"self", "address"})
    @GenerateNodeFactory
    public abstract static class BindNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object address) {
            PSocket s = self(self);
            s.file().bind(address(s, address, "bind"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "listen", params = {"self", "backlog"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ListenNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object backlog) {
            PSocket s = self(self);
            s.file().listen((int) Math.min(intArg(backlog, 128), 4096));
            return PNone.NONE;
        }
    }

    @Builtin(name = "connect", params = {"self", "address"})
    @GenerateNodeFactory
    public abstract static class ConnectNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object address) {
            PSocket s = self(self);
            s.file().connect(address(s, address, "connect"), s.timeoutNanos(), true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "connect_ex", params = {"self", "address"})
    @GenerateNodeFactory
    public abstract static class ConnectExNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object address) {
            PSocket s = self(self);
            return (long) s.file().connect(address(s, address, "connect_ex"), s.timeoutNanos(), false);
        }
    }

    @Builtin(name = "send", params = {"self", "data", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SendNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data, Object flags) {
            PSocket s = self(self);
            byte[] b = BytesLike.require(data);
            return (long) s.file().send(b, 0, b.length, timeout(s, flags));
        }
    }

    @Builtin(name = "sendall", params = {"self", "data", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SendAllNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data, Object flags) {
            PSocket s = self(self);
            byte[] b = BytesLike.require(data);
            s.file().sendAll(b, timeout(s, flags));
            return PNone.NONE;
        }
    }

    /** sendto(data[, flags], address). */
    @Builtin(name = "sendto", params = {"self", "data", "flags_or_address", "address"}, required = 3)
    @GenerateNodeFactory
    public abstract static class SendToNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data, Object second, Object third) {
            PSocket s = self(self);
            Object flags = third == PNone.NO_VALUE ? PNone.NO_VALUE : second;
            Object address = third == PNone.NO_VALUE ? second : third;
            byte[] b = BytesLike.require(data);
            SocketAddress to = address(s, address, "sendto");
            return (long) s.file().sendTo(b, to, timeout(s, flags));
        }
    }

    @Builtin(name = "recv", params = {"self", "bufsize", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RecvNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object bufsize, Object flags) {
            PSocket s = self(self);
            long n = intArg(bufsize, 0);
            if (n < 0) {
                throw PythonErrors.valueError("negative buffersize in recv");
            }
            byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            int got = s.file().recv(buf, 0, buf.length, timeout(s, flags));
            return new PBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        }
    }

    static int intoSize(Object buffer, Object nbytes, String name) {
        int cap = IoBuffers.capacity(buffer);
        long n = intArg(nbytes, 0);
        if (n < 0) {
            throw PythonErrors.valueError("negative buffersize in %s", name);
        }
        if (n > cap) {
            throw PythonErrors.valueError("buffer too small for requested bytes");
        }
        return n == 0 ? cap : (int) n;
    }

    @Builtin(name = "recv_into", params = {"self", "buffer", "nbytes", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RecvIntoNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object buffer, Object nbytes, Object flags) {
            PSocket s = self(self);
            int n = intoSize(buffer, nbytes, "recv_into");
            byte[] tmp = new byte[n];
            int got = s.file().recv(tmp, 0, n, timeout(s, flags));
            IoBuffers.copyInto(buffer, tmp, got);
            return (long) got;
        }
    }

    @Builtin(name = "recvfrom", params = {"self", "bufsize", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RecvFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object bufsize, Object flags) {
            PSocket s = self(self);
            long n = intArg(bufsize, 0);
            if (n < 0) {
                throw PythonErrors.valueError("negative buffersize in recvfrom");
            }
            byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            int[] got = new int[1];
            SocketAddress from = s.file().recvFrom(buf, 0, buf.length, timeout(s, flags), got);
            return PTuple.of(new PBytes(java.util.Arrays.copyOf(buf, got[0])), from == null ? PNone.NONE : SocketAddresses.toPython(from, s.family));
        }
    }

    @Builtin(name = "recvfrom_into", params = {"self", "buffer", "nbytes", "flags"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RecvFromIntoNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object buffer, Object nbytes, Object flags) {
            PSocket s = self(self);
            int n = intoSize(buffer, nbytes, "recvfrom_into");
            byte[] tmp = new byte[n];
            int[] got = new int[1];
            SocketAddress from = s.file().recvFrom(tmp, 0, n, timeout(s, flags), got);
            IoBuffers.copyInto(buffer, tmp, got[0]);
            return PTuple.of((long) got[0], from == null ? PNone.NONE : SocketAddresses.toPython(from, s.family));
        }
    }

    @Builtin(name = "shutdown", params = {"self", "how"})
    @GenerateNodeFactory
    public abstract static class ShutdownNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object how) {
            PSocket s = self(self);
            s.file().shutdown((int) intArg(how, 0));
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            int fd = s.fd;
            if (fd >= 0) {
                s.fd = -1;
                OsState os = OsState.get();
                if (os.get(fd) instanceof SocketFile) {
                    try {
                        os.close(fd);
                    } catch (dev.taipan.runtime.os.OpenFile.OsFailure e) {
                        throw SocketErrors.raise(e.errno);
                    }
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "detach", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PSocket s = self(self);
            long fd = s.fd;
            s.fd = -1;
            return fd;
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return (long) self(self).fd;
        }
    }

    @Builtin(name = "dup", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DupNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            PSocket r = new PSocket(PyObjectGetClass.get(s));
            r.family = s.family;
            r.type = s.type;
            r.proto = s.proto;
            r.timeout = s.timeout;
            r.fd = OsState.get().add(s.file().retain());
            return r;
        }
    }

    @Builtin(name = "getsockname", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetSockNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            SocketFile f = s.file();
            SocketAddress a = f.localAddress();
            if (a == null) {
                return switch (s.family) {
                    case SocketAddresses.AF_INET -> PTuple.of("0.0.0.0", 0L);
                    case SocketAddresses.AF_INET6 -> PTuple.of("::", 0L, 0L, 0L);
                    default -> "";
                };
            }
            return SocketAddresses.toPython(a, s.family);
        }
    }

    @Builtin(name = "getpeername", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetPeerNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            SocketAddress a = s.file().peerAddress();
            return a == null ? "" : SocketAddresses.toPython(a, s.family);
        }
    }

    @Builtin(name = "setsockopt", params = {"self", "level", "optname", "value", "optlen"}, required = 4)
    @GenerateNodeFactory
    public abstract static class SetSockOptNode extends PythonQuinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object level, Object optname, Object value, Object optlen) {
            PSocket s = self(self);
            int lv = (int) intArg(level, 0);
            int name = (int) intArg(optname, 0);
            long v;
            if (value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger) {
                v = intArg(value, 0);
            } else {
                byte[] b = BytesLike.require(value);
                // an int in the platform's (little-endian) byte order
                v = 0;
                for (int i = Math.min(b.length, 4) - 1; i >= 0; i--) {
                    v = (v << 8) | (b[i] & 0xff);
                }
            }
            if (SocketOptions.isV6Only(lv, name) && s.family == SocketAddresses.AF_INET6) {
                s.file().v6only = v != 0;
                return PNone.NONE;
            }
            SocketOption<?> opt = SocketOptions.lookup(lv, name);
            if (opt == null) {
                throw SocketErrors.raise(92);
            }
            s.file().setOption(opt, SocketOptions.toJava(opt, v));
            return PNone.NONE;
        }
    }

    @Builtin(name = "getsockopt", params = {"self", "level", "optname", "buflen"}, required = 3)
    @GenerateNodeFactory
    public abstract static class GetSockOptNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object level, Object optname, Object buflen) {
            PSocket s = self(self);
            int lv = (int) intArg(level, 0);
            int name = (int) intArg(optname, 0);
            SocketFile f = s.file();
            long v;
            if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_ERROR) {
                v = f.takeError();
            } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_TYPE) {
                v = f.type;
            } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_DOMAIN) {
                v = f.family;
            } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_PROTOCOL) {
                v = f.proto != 0 || f.family == SocketAddresses.AF_UNIX ? f.proto : f.type == SocketFile.SOCK_STREAM ? 6 : 17;
            } else if (lv == SocketOptions.SOL_SOCKET && name == SocketOptions.SO_ACCEPTCONN) {
                v = f.isListening() ? 1 : 0;
            } else if (SocketOptions.isV6Only(lv, name) && f.family == SocketAddresses.AF_INET6) {
                v = f.v6only ? 1 : 0;
            } else {
                SocketOption<?> opt = SocketOptions.lookup(lv, name);
                if (opt == null) {
                    throw SocketErrors.raise(92);
                }
                v = SocketOptions.fromJava(f.getOption(opt));
            }
            long len = intArg(buflen, 0);
            if (len == 0) {
                return v;
            }
            if (len < 0 || len > 1024) {
                throw PythonErrors.raise(BuiltinType.OS_ERROR, "getsockopt buflen out of range");
            }
            byte[] out = new byte[(int) len];
            for (int i = 0; i < Math.min(4, out.length); i++) {
                out[i] = (byte) (v >>> (8 * i));
            }
            return new PBytes(out);
        }
    }

    @Builtin(name = "settimeout", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SetTimeoutNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            self(self).timeout = parseTimeout(value);
            return PNone.NONE;
        }
    }

    /** A timeout argument: None, or non-negative seconds. */
    @TruffleBoundary
    public static double parseTimeout(Object value) {
        if (value == PNone.NONE) {
            return -1;
        }
        double t = value instanceof Double d ? d : (double) PyNumberConvert.asSize(value, BuiltinType.OVERFLOW_ERROR);
        if (t < 0 || Double.isNaN(t)) {
            throw PythonErrors.valueError("Timeout value out of range");
        }
        return t;
    }

    @Builtin(name = "gettimeout", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetTimeoutNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            double t = self(self).timeout;
            return t < 0 ? PNone.NONE : (Object) t;
        }
    }

    @Builtin(name = "setblocking", params = {"self", "flag"})
    @GenerateNodeFactory
    public abstract static class SetBlockingNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object flag) {
            PSocket s = self(self);
            s.file();
            s.timeout = intArg(flag, 0) != 0 ? -1 : 0;
            return PNone.NONE;
        }
    }

    @Builtin(name = "getblocking", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetBlockingNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PSocket s = self(self);
            s.file();
            return s.timeout != 0;
        }
    }

    @Builtin(name = "family", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FamilyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self).family;
        }
    }

    @Builtin(name = "type", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TypeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self).type;
        }
    }

    @Builtin(name = "proto", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ProtoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self).proto;
        }
    }

    @Builtin(name = "timeout", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TimeoutNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            double t = self(self).timeout;
            return t < 0 ? PNone.NONE : (Object) t;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PSocket s = self(self);
            return "<socket object, fd=" + s.fd + ", family=" + s.family + ", type=" + s.type + ", proto=" + s.proto + ">";
        }
    }
}
