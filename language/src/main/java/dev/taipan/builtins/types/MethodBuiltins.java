package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.PMethod;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;

/** Bound methods: {@code __func__}, {@code __self__}, calling, and attributes forwarded to the function. */
public final class MethodBuiltins {
    private MethodBuiltins() {
    }

    static PMethod self(Object o) {
        if (o instanceof PMethod m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor requires a 'method' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "function", "instance"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object function, Object instance) {
            if (PyObjectGetClass.get(function).lookup("__call__") == null) {
                throw PythonErrors.typeError("first argument must be callable");
            }
            return new PMethod(instance, function);
        }
    }

    @Builtin(name = "__func__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFunc(Object self, Object value) {
            return self(self).getFunction();
        }
    }

    @Builtin(name = "__self__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class SelfNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSelf(Object self, Object value) {
            return self(self).getSelf();
        }
    }

    /** The function's docstring: the method type's own __doc__ would otherwise shadow it. */
    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDoc(Object self, Object value) {
            Object doc = GenericAttributes.lookupAttribute(self(self).getFunction(), "__doc__");
            return doc == null ? dev.taipan.runtime.objects.PNone.NONE : doc;
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, PTuple args, PDict kwargs) {
            return FunctionBuiltins.Calls.callWithDict(self, args.items(), kwargs);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object name) {
            PMethod m = self(self);
            String n = AttributeNames.check(name);
            Object v = GenericAttributes.objectGetAttribute(m, PyObjectGetClass.get(m), n);
            if (v != null) {
                return v;
            }
            return GenericAttributes.getAttribute(m.getFunction(), n);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PMethod m = self(self);
            Object q = GenericAttributes.lookupAttribute(m.getFunction(), "__qualname__");
            if (q == null) {
                q = GenericAttributes.lookupAttribute(m.getFunction(), "__name__");
            }
            return "<bound method " + (q == null ? "?" : PyObjectStr.str(q)) + " of " + PyObjectStr.repr(m.getSelf()) + ">";
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PMethod o)) {
                return PNotImplemented.INSTANCE;
            }
            PMethod m = self(self);
            return m.getSelf() == o.getSelf() && PyObjectRichCompareBool.eqUncached(m.getFunction(), o.getFunction());
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PMethod m = self(self);
            return PyObjectHash.identityHash(m.getSelf()) ^ PyObjectHash.executeUncached(m.getFunction());
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            throw PythonErrors.typeError("cannot pickle 'method' object");
        }
    }
}
