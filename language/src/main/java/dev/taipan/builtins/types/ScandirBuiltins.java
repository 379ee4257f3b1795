package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.os.PScandirIterator;

/** The iterator os.scandir returns: iteration, close() and the context manager protocol. */
public final class ScandirBuiltins {
    private ScandirBuiltins() {
    }

    static PScandirIterator self(Object o) {
        if (o instanceof PScandirIterator it) {
            return it;
        }
        throw PythonErrors.typeError("descriptor requires a 'posix.ScandirIterator' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return self(self);
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNext(Object self) {
            Object v = self(self).next();
            if (v == null) {
                throw PythonErrors.stopIteration(null);
            }
            return v;
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self) {
            self(self).close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doEnter(Object self) {
            return self(self);
        }
    }

    @Builtin(name = "__exit__", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doExit(Object self, Object args) {
            self(self).close();
            return false;
        }
    }

    @Builtin(name = "__del__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DelNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDel(Object self) {
            self(self).close();
            return PNone.NONE;
        }
    }

    static boolean follow(Object o) {
        return o == PNone.NO_VALUE || PyObjectIsTrue.execute(o);
    }

}
