package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PSuper;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code super(type, obj)}. The compiler turns a zero-argument {@code super()} in a method into
 * {@code super(__class__, first_argument)}, so only the explicit form reaches here.
 */
public final class SuperBuiltins {
    private SuperBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PSuper((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "type", "obj"}, required = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object type, Object obj) {
            PSuper s = (PSuper) self;
            if (type == PNone.NO_VALUE) {
                throw PythonErrors.runtimeError("super(): no arguments");
            }
            if (!(type instanceof PythonClass t)) {
                throw PythonErrors.typeError("super() argument 1 must be a type, not %s", PyObjectGetClass.typeName(type));
            }
            if (obj == PNone.NO_VALUE || obj == PNone.NONE) {
                s.init(t, null, null);
                return PNone.NONE;
            }
            PythonClass objType;
            if (obj instanceof PythonClass c && c.isSubclassOf(t)) {
                objType = c;
            } else if (PyObjectGetClass.get(obj).isSubclassOf(t)) {
                objType = PyObjectGetClass.get(obj);
            } else {
                throw PythonErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
            s.init(t, obj, objType);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PSuper s = (PSuper) self;
            String t = s.getType() == null ? "NULL" : s.getType().getName();
            if (s.getObjType() == null) {
                return "<super: <class '" + t + "'>, NULL>";
            }
            return "<super: <class '" + t + "'>, <" + s.getObjType().getName() + " object>>";
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object name) {
            String n = AttributeNames.check(name);
            Object v = dev.taipan.runtime.objects.SuperLookup.getAttribute(self, n);
            if (v == null) {
                throw PythonErrors.attributeError("'super' object has no attribute '%s'", n);
            }
            return v;
        }
    }

    @Builtin(name = "__thisclass__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ThisClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doThisClass(Object self, Object value) {
            PythonClass t = ((PSuper) self).getType();
            return t == null ? PNone.NONE : t;
        }
    }

    @Builtin(name = "__self__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SelfNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSelf(Object self, Object value) {
            Object o = ((PSuper) self).getObj();
            return o == null ? PNone.NONE : o;
        }
    }

    @Builtin(name = "__self_class__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SelfClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSelfClass(Object self, Object value) {
            PythonClass c = ((PSuper) self).getObjType();
            return c == null ? PNone.NONE : c;
        }
    }

    /** {@code super(T).__get__(obj)}: an unbound super binds to obj; a bound one stays itself. */
    @Builtin(name = "__get__", params = {"self", "obj", "type"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends dev.taipan.builtins.PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object obj, Object type) {
            PSuper s = (PSuper) self;
            if (obj == PNone.NONE || s.getObj() != null) {
                return s;
            }
            return dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.PyObjectGetClass.get(s), s.getType(), obj);
        }
    }
}
