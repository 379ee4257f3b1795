package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.socket.PPoll;
import dev.taipan.runtime.socket.Readiness;
import dev.taipan.runtime.socket.SocketErrors;
import dev.taipan.runtime.types.BuiltinType;

/** {@code select}: select() and poll objects over the process's descriptors (see {@link Readiness}). */
public final class SelectModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "select";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(SelectModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.OS_ERROR));
        Object[][] constants = {{"POLLIN", 1}, {"POLLPRI", 2}, {"POLLOUT", 4}, {"POLLERR", 8}, {"POLLHUP", 16}, {"POLLNVAL", 32},
                        {"POLLRDNORM", 64}, {"POLLRDBAND", 128}, {"POLLWRNORM", 256}, {"POLLWRBAND", 512}, {"POLLMSG", 1024},
                        {"POLLRDHUP", 0x2000}, {"PIPE_BUF", 4096}};
        for (Object[] c : constants) {
            m.setAttribute((String) c[0], ((Integer) c[1]).longValue());
        }
    }

    /** An int, or an object's fileno(): PyObject_AsFileDescriptor. */
    @TruffleBoundary
    public static int fileno(Object o) {
        Object v = o;
        if (!(o instanceof Long || o instanceof Boolean)) {
            Object meth = GenericAttributes.lookupAttribute(o, "fileno");
            if (meth == null) {
                throw PythonErrors.typeError("argument must be an int, or have a fileno() method.");
            }
            v = CallDispatch.call(meth);
            if (!(v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)) {
                throw PythonErrors.typeError("fileno() returned a non-integer");
            }
        }
        long fd = PyNumberConvert.asSize(v, BuiltinType.OVERFLOW_ERROR);
        if (fd < 0) {
            throw PythonErrors.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        if (fd > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("fd is greater than maximum");
        }
        return (int) fd;
    }

    @Builtin(name = "select", params = {"rlist", "wlist", "xlist", "timeout"}, required = 3)
    @GenerateNodeFactory
    public abstract static class SelectNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object rlist, Object wlist, Object xlist, Object timeout) {
            long nanos = -1;
            if (timeout != PNone.NO_VALUE && timeout != PNone.NONE) {
                double secs;
                if (timeout instanceof Double d) {
                    secs = d;
                } else if (timeout instanceof Long || timeout instanceof Boolean || timeout instanceof java.math.BigInteger) {
                    secs = PyNumberConvert.asDouble(timeout);
                } else {
                    throw PythonErrors.typeError("timeout must be a float or None");
                }
                if (secs < 0) {
                    throw PythonErrors.valueError("timeout must be non-negative");
                }
                nanos = (long) Math.ceil(secs * 1e9);
            }
            Object[][] lists = {SequenceOps.toArray(rlist), SequenceOps.toArray(wlist), SequenceOps.toArray(xlist)};
            int total = lists[0].length + lists[1].length + lists[2].length;
            int[] fds = new int[total];
            int[] events = new int[total];
            int k = 0;
            for (int l = 0; l < 3; l++) {
                for (Object o : lists[l]) {
                    fds[k] = fileno(o);
                    events[k++] = l == 0 ? Readiness.POLLIN : l == 1 ? Readiness.POLLOUT : Readiness.POLLPRI;
                }
            }
            int[] rev = Readiness.poll(fds, events, nanos);
            PList[] out = {new PList(), new PList(), new PList()};
            k = 0;
            for (int l = 0; l < 3; l++) {
                for (Object o : lists[l]) {
                    int r = rev[k++];
                    if ((r & Readiness.POLLNVAL) != 0) {
                        throw SocketErrors.raise(Errno.EBADF);
                    }
                    // exceptional conditions (out-of-band data) never arise on these channels
                    boolean hit = l == 0 ? (r & (Readiness.POLLIN | Readiness.POLLHUP | Readiness.POLLERR)) != 0
                                    : l == 1 ? (r & (Readiness.POLLOUT | Readiness.POLLERR)) != 0 : false;
                    if (hit) {
                        out[l].append(o);
                    }
                }
            }
            return PTuple.of(out[0], out[1], out[2]);
        }
    }

    @Builtin(name = "poll")
    @GenerateNodeFactory
    public abstract static class PollNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return new PPoll();
        }
    }
}
