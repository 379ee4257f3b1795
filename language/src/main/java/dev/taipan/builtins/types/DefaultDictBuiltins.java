package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;

/** {@code collections.defaultdict}: a dict whose {@code __missing__} calls {@code default_factory}. */
public final class DefaultDictBuiltins {
    private DefaultDictBuiltins() {
    }

    /** default_factory lives in a hidden slot of the dict object. */
    static final HiddenKey FACTORY = new HiddenKey("default_factory");

    static PDict self(Object o, String method) {
        if (o instanceof PDict d && PyObjectGetClass.get(d).isSubtypeOfBuiltin(BuiltinType.DEFAULTDICT)) {
            return d;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'collections.defaultdict' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    static Object factory(PDict d) {
        Object f = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(d, FACTORY, PNone.NONE);
        return f;
    }

    static void setFactory(PDict d, Object f) {
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(d, FACTORY, f);
    }

    private static Object dictMethod(String name) {
        return TaipanContext.get(null).getBuiltinClass(BuiltinType.DICT).lookup(name);
    }

    /** A new dict of the same class with the same factory and items. */
    private static PDict copyOf(PDict d) {
        return (PDict) CallDispatch.call(PyObjectGetClass.get(d), factory(d), d);
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends dev.taipan.builtins.PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, PTuple args, Object kwargs) {
            PDict d = self(self, "__init__");
            Object[] rest = args.items();
            Object factory = PNone.NONE;
            if (rest.length > 0) {
                factory = rest[0];
                if (factory != PNone.NONE && PyObjectGetClass.get(factory).lookup("__call__") == null) {
                    throw PythonErrors.typeError("first argument must be callable or None");
                }
                rest = java.util.Arrays.copyOfRange(rest, 1, rest.length);
            }
            setFactory(d, factory);
            Object[] callArgs = new Object[rest.length + 1];
            callArgs[0] = d;
            System.arraycopy(rest, 0, callArgs, 1, rest.length);
            CallDispatch.callWithKwargs(dictMethod("__init__"), callArgs, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "default_factory", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DefaultFactoryNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            PDict d = self(self, "default_factory");
            if (value == PNone.NO_VALUE) {
                return factory(d);
            }
            setFactory(d, value == dev.taipan.runtime.descriptors.PGetSetDescriptor.DELETE ? PNone.NONE : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__missing__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class MissingNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key) {
            PDict d = self(self, "__missing__");
            Object f = factory(d);
            if (f == PNone.NONE) {
                throw PythonErrors.keyError(key);
            }
            Object value = CallDispatch.call(f);
            dev.taipan.runtime.abstractops.PyObjectItems.setItem(d, key, value);
            return value;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDict d = self(self, "__repr__");
            Object f = factory(d);
            String fr;
            if (!SequenceOps.enterRepr(f)) {
                fr = "...";
            } else {
                try {
                    fr = PyObjectStr.repr(f);
                } finally {
                    SequenceOps.leaveRepr(f);
                }
            }
            Object body = CallDispatch.call(dictMethod("__repr__"), d);
            return PyObjectGetClass.get(d).getName() + "(" + fr + ", " + body + ")";
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return copyOf(self(self, "copy"));
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DunderCopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return copyOf(self(self, "__copy__"));
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDict d = self(self, "__reduce__");
            Object f = factory(d);
            PTuple args = f == PNone.NONE ? new PTuple(new Object[0]) : new PTuple(new Object[]{f});
            Object items = CallDispatch.call(dictMethod("items"), d);
            return new PTuple(new Object[]{PyObjectGetClass.get(d), args, PNone.NONE, PNone.NONE, dev.taipan.runtime.abstractops.PyObjectIter.getIter(items)});
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            if (!(self instanceof PDict d) || !(other instanceof PDict)) {
                return PNotImplemented.INSTANCE;
            }
            PDict source = PyObjectGetClass.get(d).isSubtypeOfBuiltin(BuiltinType.DEFAULTDICT) ? d : (PDict) other;
            PDict r = (PDict) CallDispatch.call(PyObjectGetClass.get(source), factory(source), self);
            CallDispatch.call(dictMethod("update"), r, other);
            return r;
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            if (!(self instanceof PDict d) || !(other instanceof PDict)) {
                return PNotImplemented.INSTANCE;
            }
            PDict r = (PDict) CallDispatch.call(PyObjectGetClass.get(d), factory(d), other);
            CallDispatch.call(dictMethod("update"), r, self);
            return r;
        }
    }
}
