package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.ObjectIds;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.thread.PLock;
import dev.taipan.runtime.types.PythonClass;

/** Methods of {@code _thread.lock} and {@code _thread.RLock}. */
public final class LockBuiltins {
    private LockBuiltins() {
    }

    static PLock self(Object o) {
        if (o instanceof PLock l) {
            return l;
        }
        throw PythonErrors.typeError("descriptor requires a lock, not '%s'", PyObjectGetClass.typeName(o));
    }

    /** The (blocking, timeout) pair as one timeout: -1 forever, 0 try once. */
    static double timeoutOf(Object blocking, Object timeout) {
        boolean block = blocking == PNone.NO_VALUE || PyObjectIsTrue.execute(blocking);
        double t = timeout == PNone.NO_VALUE ? -1 : PyNumberConvert.asDouble(timeout);
        if (!block) {
            if (t != -1) {
                throw PythonErrors.valueError("can't specify a timeout for a non-blocking call");
            }
            return 0;
        }
        if (t < 0 && t != -1) {
            throw PythonErrors.valueError("timeout value must be a non-negative number");
        }
        return t;
    }

    @Builtin(name = "__new__", params = {"cls"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class RLockNewNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls) {
            return new PLock((PythonClass) cls, true);
        }
    }

    @Builtin(name = "acquire", params = {"self", "blocking", "timeout"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class AcquireNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object blocking, Object timeout) {
            return self(self).acquire(timeoutOf(blocking, timeout));
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self(self).acquire(-1);
        }
    }

    @Builtin(name = "release", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            self(self).release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__exit__", params = {"self", "type", "value", "tb"})
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object type, Object value, Object tb) {
            self(self).release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "locked", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LockedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self(self).isLocked();
        }
    }

    @Builtin(name = "_is_owned", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsOwnedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self(self).isOwned();
        }
    }

    @Builtin(name = "_recursion_count", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RecursionCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PLock l = self(self);
            return l.isOwned() ? (long) l.count() : 0L;
        }
    }

    @Builtin(name = "_release_save", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReleaseSaveNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            long[] saved = self(self).releaseSave();
            return new PTuple(new Object[]{saved[0], saved[1]});
        }
    }

    @Builtin(name = "_acquire_restore", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class AcquireRestoreNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, PTuple state) {
            self(self).acquireRestore(PyNumberConvert.asSize(state.get(0), null), PyNumberConvert.asSize(state.get(1), null));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PLock l = self(self);
            String state = l.isLocked() ? "locked" : "unlocked";
            String type = PyObjectGetClass.typeName(l);
            if (l.isReentrant()) {
                return String.format("<%s %s object owner=%d count=%d at %s>", state, type, l.owner(), l.count(), ObjectIds.address(l));
            }
            return String.format("<%s %s object at %s>", state, type, ObjectIds.address(l));
        }
    }
}
