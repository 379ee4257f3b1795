package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PClassMethod;
import dev.taipan.runtime.descriptors.PStaticMethod;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** {@code classmethod} and {@code staticmethod}. */
public final class MethodWrapperBuiltins {
    private MethodWrapperBuiltins() {
    }

    static Object callable(Object o) {
        if (o instanceof PClassMethod c) {
            return c.getCallable();
        }
        if (o instanceof PStaticMethod s) {
            return s.getCallable();
        }
        throw PythonErrors.typeError("expected classmethod or staticmethod, got %s", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ClassMethodNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PClassMethod((PythonClass) cls, PNone.NONE);
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class StaticMethodNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PStaticMethod((PythonClass) cls, PNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "function"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object f) {
            if (self instanceof PClassMethod c) {
                c.setCallable(f);
            } else if (self instanceof PStaticMethod s) {
                s.setCallable(f);
            } else {
                callable(self);
            }
            // copy __doc__, __name__, ... like functools.wraps (3.10+)
            for (String attr : new String[]{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
                Object v = GenericAttributes.lookupAttribute(f, attr);
                if (v != null) {
                    GenericAttributes.getDict((dev.taipan.runtime.objects.PythonObject) self).setString(attr, v);
                }
            }
            return PNone.NONE;
        }
    }

    abstract static class CallableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFunc(Object self, Object value) {
            return callable(self);
        }
    }

    @Builtin(name = "__func__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends CallableNode {
    }

    /** Like functools.wraps, classmethod and staticmethod expose what they wrap (3.10+). */
    @Builtin(name = "__wrapped__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class WrappedNode extends CallableNode {
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            Object inst = instance == PNone.NONE ? null : instance;
            PythonClass type = owner instanceof PythonClass c ? c : PyObjectGetClass.get(instance);
            return Descriptors.get(self, inst, type);
        }
    }

    @Builtin(name = "__isabstractmethod__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class IsAbstractNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsAbstract(Object self, Object value) {
            Object a = GenericAttributes.lookupAttribute(callable(self), "__isabstractmethod__");
            return a != null && dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(a);
        }
    }

    /** staticmethod objects are callable (3.10+). */
    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, PTuple args, PDict kwargs) {
            return FunctionBuiltins.Calls.callWithDict(callable(self), args.items(), kwargs);
        }
    }
}
