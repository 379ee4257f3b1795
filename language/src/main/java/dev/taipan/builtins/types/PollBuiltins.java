package dev.taipan.builtins.types;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.modules.SelectModule;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.socket.PPoll;
import dev.taipan.runtime.socket.Readiness;
import dev.taipan.runtime.socket.SocketErrors;
import dev.taipan.runtime.types.BuiltinType;

/** select.poll objects: register, modify, unregister and poll(timeout in milliseconds). */
public final class PollBuiltins {
    private PollBuiltins() {
    }

    static PPoll self(Object o) {
        if (o instanceof PPoll p) {
            return p;
        }
        throw PythonErrors.typeError("descriptor requires a 'select.poll' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static int mask(Object o) {
        if (o == PNone.NO_VALUE) {
            return Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT;
        }
        long m = PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
        if (m < 0 || m > 0xffff) {
            throw PythonErrors.overflowError("Python int too large for C unsigned short");
        }
        return (int) m;
    }

    @Builtin(name = "register", params = {"self", "fd", "eventmask"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RegisterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object fd, Object mask) {
            self(self).registered.put(SelectModule.fileno(fd), mask(mask));
            return PNone.NONE;
        }
    }

    @Builtin(name = "modify", params = {"self", "fd", "eventmask"})
    @GenerateNodeFactory
    public abstract static class ModifyNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object fd, Object mask) {
            PPoll p = self(self);
            int f = SelectModule.fileno(fd);
            if (!p.registered.containsKey(f)) {
                throw SocketErrors.raise(Errno.ENOENT);
            }
            p.registered.put(f, mask(mask));
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister", params = {"self", "fd"})
    @GenerateNodeFactory
    public abstract static class UnregisterNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object fd) {
            PPoll p = self(self);
            int f = SelectModule.fileno(fd);
            if (p.registered.remove(f) == null) {
                throw PythonErrors.keyError((long) f);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "poll", params = {"self", "timeout"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PollNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object timeout) {
            PPoll p = self(self);
            long nanos = -1;
            if (timeout != PNone.NO_VALUE && timeout != PNone.NONE) {
                double ms;
                if (timeout instanceof Double d) {
                    ms = d;
                } else if (timeout instanceof Long || timeout instanceof Boolean) {
                    ms = PyNumberConvert.asSize(timeout, BuiltinType.OVERFLOW_ERROR);
                } else {
                    throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(timeout));
                }
                nanos = ms < 0 ? -1 : (long) Math.ceil(ms * 1e6);
            }
            int n = p.registered.size();
            int[] fds = new int[n];
            int[] events = new int[n];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : p.registered.entrySet()) {
                fds[i] = e.getKey();
                events[i++] = e.getValue();
            }
            int[] rev = Readiness.poll(fds, events, nanos);
            PList out = new PList();
            for (i = 0; i < n; i++) {
                if (rev[i] != 0) {
                    out.append(PTuple.of((long) fds[i], (long) rev[i]));
                }
            }
            return out;
        }
    }
}
