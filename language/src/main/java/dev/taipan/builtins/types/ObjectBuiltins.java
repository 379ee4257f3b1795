package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonInstance;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The methods of {@code object}: the defaults every class inherits. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    /** Whether {@code cls}'s {@code name} is the one object itself defines. */
    static boolean isObjectDefault(PythonClass cls, String name) {
        Object m = cls.lookup(name);
        return m instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.OBJECT;
    }

    static boolean excessArgs(PTuple args, PDict kwargs) {
        return args.size() > 0 || kwargs.size() > 0;
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, PTuple args, PDict kwargs) {
            if (!(clsObj instanceof PythonClass cls)) {
                throw PythonErrors.typeError("object.__new__(X): X is not a type object (%s)", PyObjectGetClass.typeName(clsObj));
            }
            if (excessArgs(args, kwargs)) {
                if (!isObjectDefault(cls, "__new__")) {
                    throw PythonErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (isObjectDefault(cls, "__init__")) {
                    throw PythonErrors.typeError("%s() takes no arguments", cls.getName());
                }
            }
            if (cls.getLayout() != BuiltinType.OBJECT) {
                throw PythonErrors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), cls.getLayout().pythonName);
            }
            AbstractClasses.checkNotAbstract(cls);
            return new PythonInstance(cls);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, PTuple args, PDict kwargs) {
            if (excessArgs(args, kwargs)) {
                PythonClass type = PyObjectGetClass.get(self);
                if (!isObjectDefault(type, "__init__")) {
                    throw PythonErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (isObjectDefault(type, "__new__")) {
                    throw PythonErrors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.getName());
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return defaultRepr(self);
        }

        @TruffleBoundary
        public static String defaultRepr(Object self) {
            PythonClass type = PyObjectGetClass.get(self);
            Object module = type.isBuiltin() ? type.getBuiltinType().module : GenericAttributes.lookupAttribute(type, "__module__");
            String prefix = module instanceof String m && !m.equals("builtins") ? m + "." : "";
            return "<" + prefix + type.getQualname() + " object at " + dev.taipan.runtime.objects.ObjectIds.address(self) + ">";
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return dev.taipan.runtime.abstractops.PyObjectStr.repr(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            return self == other ? Boolean.TRUE : PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNe(Object self, Object other) {
            Object eq = PyObjectGetClass.get(self).lookup("__eq__");
            Object r = dev.taipan.runtime.function.CallDispatch.callMethod(eq, self, other);
            if (r == PNotImplemented.INSTANCE) {
                return r;
            }
            return !PyObjectIsTrue.execute(r);
        }
    }

    /** The ordering comparisons are not defined on object. */
    abstract static class NotImplementedCompare extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCompare(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends NotImplementedCompare {
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends NotImplementedCompare {
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends NotImplementedCompare {
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends NotImplementedCompare {
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.identityHash(self);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object name) {
            String n = AttributeNames.check(name);
            Object v = GenericAttributes.objectGetAttribute(self, PyObjectGetClass.get(self), n);
            if (v == null) {
                throw GenericAttributes.noAttribute(self, PyObjectGetClass.get(self), n);
            }
            return v;
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSet(Object self, Object name, Object value) {
            GenericAttributes.objectSetAttribute(self, PyObjectGetClass.get(self), AttributeNames.check(name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDel(Object self, Object name) {
            GenericAttributes.objectSetAttribute(self, PyObjectGetClass.get(self), AttributeNames.check(name), null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__class__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doClass(Object self, Object value) {
            if (value == PNone.NO_VALUE) {
                return PyObjectGetClass.get(self);
            }
            if (value == PGetSetDescriptor.DELETE) {
                throw PythonErrors.typeError("can't delete __class__ attribute");
            }
            if (!(value instanceof PythonClass newClass)) {
                throw PythonErrors.typeError("__class__ must be set to a class, not '%s' object", PyObjectGetClass.typeName(value));
            }
            PythonClass old = PyObjectGetClass.get(self);
            if (!(self instanceof PythonObject po) || old.isBuiltin() || newClass.isBuiltin() || newClass.getLayout() != old.getLayout()) {
                throw PythonErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            po.setPythonClass(newClass);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormat(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", PyObjectGetClass.typeName(spec));
            }
            if (!s.isEmpty()) {
                throw PythonErrors.typeError("unsupported format string passed to %s.__format__", PyObjectGetClass.typeName(self));
            }
            return dev.taipan.runtime.abstractops.PyObjectStr.str(self);
        }
    }

    @Builtin(name = "__init_subclass__", params = {"cls"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class InitSubclassNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInit(Object cls) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__subclasshook__", params = {"cls"}, varargs = "args", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class SubclassHookNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doHook(Object cls, Object args) {
            return PNotImplemented.INSTANCE;
        }
    }

    @Builtin(name = "__dir__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDir(Object self) {
            return Dir.ofObject(self);
        }
    }

    @Builtin(name = "__sizeof__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSizeof(Object self) {
            return 16L;
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "protocol"})
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self, Object protocol) {
            return dev.taipan.runtime.abstractops.ObjectReduction.reduceEx(self, dev.taipan.runtime.abstractops.PyNumberConvert.asInt(protocol));
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            return dev.taipan.runtime.abstractops.ObjectReduction.commonReduce(self, 0);
        }
    }

    @Builtin(name = "__getstate__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetStateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetState(Object self) {
            return dev.taipan.runtime.abstractops.ObjectReduction.getState(self);
        }
    }
}
