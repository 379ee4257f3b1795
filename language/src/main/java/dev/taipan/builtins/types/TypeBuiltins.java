package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.AttributesStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PMappingProxy;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.Mro;
import dev.taipan.runtime.types.PythonClass;
import dev.taipan.runtime.types.TypeFactory;

/** The methods and attributes of {@code type}: class creation, calling a class, introspection. */
public final class TypeBuiltins {
    private TypeBuiltins() {
    }

    static PythonClass checkClass(Object o, String what) {
        if (o instanceof PythonClass c) {
            return c;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'type' objects doesn't apply to a '%s' object", what, PyObjectGetClass.typeName(o));
    }

    /** {@code cls(*args, **kwargs)}: __new__ then __init__ (CPython's type_call). */
    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, PTuple args, PDict kwargs) {
            return ClassCall.call(checkClass(self, "__call__"), args.items(), kwargs);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "name", "bases", "dict"}, required = 1, varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object name, Object bases, Object dict, PDict kwargs) {
            PythonClass meta = checkClass(clsObj, "__new__");
            if (name == PNone.NO_VALUE) {
                throw PythonErrors.typeError("type.__new__() takes exactly 3 arguments (0 given)");
            }
            if (bases == PNone.NO_VALUE && dict == PNone.NO_VALUE && kwargs.size() == 0) {
                if (meta == TaipanContext.get(null).getBuiltinClass(BuiltinType.TYPE)) {
                    return PyObjectGetClass.get(name);
                }
                throw PythonErrors.typeError("type.__new__() takes exactly 3 arguments (1 given)");
            }
            if (bases == PNone.NO_VALUE || dict == PNone.NO_VALUE) {
                throw PythonErrors.typeError("type.__new__() takes exactly 3 arguments (2 given)");
            }
            String n = dev.taipan.runtime.strings.StrArgs.positional(name, "type.__new__", 1);
            if (!(bases instanceof PTuple b)) {
                throw PythonErrors.typeError("type.__new__() argument 2 must be tuple, not %s", PyObjectGetClass.typeName(bases));
            }
            if (!(dict instanceof PDict d)) {
                throw PythonErrors.typeError("type.__new__() argument 3 must be dict, not %s", PyObjectGetClass.typeName(dict));
            }
            PythonClass winner = TypeFactory.calculateMetaclass(meta, b);
            if (winner != meta) {
                Object winnerNew = winner.lookup("__new__");
                if (!(winnerNew instanceof dev.taipan.runtime.function.PBuiltinFunction)) {
                    // the more derived metaclass's own __new__ makes the class (CPython's type_new)
                    Object newFunction = GenericAttributes.getAttribute(winner, "__new__");
                    return CallDispatch.callWithKwargs(newFunction, new Object[]{winner, name, bases, dict}, kwargs);
                }
                meta = winner;
            }
            if (!DictBuiltins.iteratesAsDict(d)) {
                // as CPython's PyDict_Copy: a mapping with its own order (OrderedDict) keeps it
                PDict copy = new PDict();
                DictBuiltins.update(copy, d, null);
                d = copy;
            }
            return TypeFactory.create(meta, n, b, d, kwargs);
        }
    }

    @Builtin(name = "__init__", params = {"self", "name", "bases", "dict"}, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object name, Object bases, Object dict, Object kwargs) {
            if (bases != PNone.NO_VALUE && dict == PNone.NO_VALUE) {
                throw PythonErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PythonClass c = checkClass(self, "__repr__");
            Object module = c.isBuiltin() ? c.getBuiltinType().module : GenericAttributes.lookupAttribute(c, "__module__");
            if (module instanceof String m && !m.equals("builtins")) {
                return "<class '" + m + "." + c.getQualname() + "'>";
            }
            return "<class '" + c.getQualname() + "'>";
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object name) {
            PythonClass c = checkClass(self, "__getattribute__");
            String n = AttributeNames.check(name);
            Object v = GenericAttributes.typeGetAttribute(c, n);
            if (v == null) {
                throw GenericAttributes.noAttribute(c, PyObjectGetClass.get(c), n);
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
            GenericAttributes.typeSetAttribute(checkClass(self, "__setattr__"), AttributeNames.check(name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDel(Object self, Object name) {
            GenericAttributes.typeSetAttribute(checkClass(self, "__delattr__"), AttributeNames.check(name), null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            PythonClass c = checkClass(self, "__name__");
            if (value == PNone.NO_VALUE) {
                return c.getName();
            }
            if (c.isBuiltin()) {
                throw PythonErrors.typeError("cannot set '__name__' attribute of immutable type '%s'", c.getName());
            }
            String s = dev.taipan.runtime.strings.StrArgs.value(value);
            if (s == null) {
                throw PythonErrors.typeError("can only assign string to %s.__name__, not '%s'", c.getName(), PyObjectGetClass.typeName(value));
            }
            c.setName(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doQualname(Object self, Object value) {
            PythonClass c = checkClass(self, "__qualname__");
            if (value == PNone.NO_VALUE) {
                return c.getQualname();
            }
            String s = dev.taipan.runtime.strings.StrArgs.value(value);
            if (s == null) {
                throw PythonErrors.typeError("can only assign string to %s.__qualname__, not '%s'", c.getName(), PyObjectGetClass.typeName(value));
            }
            c.setQualname(s);
            return PNone.NONE;
        }
    }

    /** PEP 695 type parameters: the class's own (never inherited), else the empty tuple. */
    @Builtin(name = "__type_params__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class TypeParamsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTypeParams(Object self, Object value) {
            PythonClass c = checkClass(self, "__type_params__");
            if (value == PNone.NO_VALUE) {
                Object p = c.getOwnAttribute("__type_params__");
                return p == null ? dev.taipan.runtime.objects.PTuple.EMPTY : p;
            }
            if (c.isBuiltin()) {
                throw PythonErrors.typeError("cannot set '__type_params__' attribute of immutable type '%s'", c.getName());
            }
            if (value == PGetSetDescriptor.DELETE) {
                throw PythonErrors.typeError("cannot delete '__type_params__' attribute of immutable type '%s'", c.getName());
            }
            c.setOwnAttribute("__type_params__", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__module__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ModuleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doModule(Object self, Object value) {
            PythonClass c = checkClass(self, "__module__");
            if (value == PNone.NO_VALUE) {
                if (c.isBuiltin()) {
                    return c.getBuiltinType().module;
                }
                Object m = c.getOwnAttribute("__module__");
                if (m == null) {
                    throw PythonErrors.attributeError("__module__");
                }
                return m;
            }
            c.setOwnAttribute("__module__", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDoc(Object self, Object value) {
            PythonClass c = checkClass(self, "__doc__");
            if (value == PNone.NO_VALUE) {
                Object d = c.getOwnAttribute("__doc__");
                return d == null ? PNone.NONE : dev.taipan.runtime.abstractops.Descriptors.get(d, null, c);
            }
            c.setOwnAttribute("__doc__", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__bases__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class BasesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doBases(Object self, Object value) {
            PythonClass c = checkClass(self, "__bases__");
            if (value == PNone.NO_VALUE) {
                return new PTuple(c.getBases().clone());
            }
            if (c.isBuiltin()) {
                throw PythonErrors.typeError("cannot set '__bases__' attribute of immutable type '%s'", c.getName());
            }
            if (!(value instanceof PTuple t) || t.size() == 0) {
                throw PythonErrors.typeError("can only assign non-empty tuple to %s.__bases__", c.getName());
            }
            PythonClass[] bases = new PythonClass[t.size()];
            for (int i = 0; i < bases.length; i++) {
                if (!(t.get(i) instanceof PythonClass b)) {
                    throw PythonErrors.typeError("%s.__bases__ must be tuple of classes, not '%s'", c.getName(), PyObjectGetClass.typeName(t.get(i)));
                }
                if (b.isSubclassOf(c)) {
                    throw PythonErrors.typeError("a __bases__ item causes an inheritance cycle");
                }
                bases[i] = b;
            }
            c.setBasesAndMro(bases, Mro.compute(c, bases));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__base__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class BaseNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBase(Object self, Object value) {
            PythonClass b = checkClass(self, "__base__").getBase();
            return b == null ? PNone.NONE : b;
        }
    }

    @Builtin(name = "__mro__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MroNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMro(Object self, Object value) {
            return new PTuple(checkClass(self, "__mro__").getMro().clone());
        }
    }

    @Builtin(name = "__dict__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DictNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDict(Object self, Object value) {
            PythonClass c = checkClass(self, "__dict__");
            c.getOwnAttribute("__doc__");
            return new PMappingProxy(new PDict(new AttributesStorage(c)));
        }
    }

    @Builtin(name = "mro", params = {"self"})
    @GenerateNodeFactory
    public abstract static class MroMethodNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doMro(Object self) {
            PythonClass c = checkClass(self, "mro");
            return new PList(Mro.compute(c, c.getBases()));
        }
    }

    @Builtin(name = "__subclasses__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SubclassesNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSubclasses(Object self) {
            return new PList(checkClass(self, "__subclasses__").getSubclasses().toArray());
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object instance) {
            return PyObjectIsInstance.recursiveIsInstance(instance, checkClass(self, "__instancecheck__"));
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "subclass"})
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object sub) {
            return PyObjectIsInstance.recursiveIsSubclass(sub, checkClass(self, "__subclasscheck__"));
        }
    }

    @Builtin(name = "__prepare__", params = {"cls"}, varargs = "args", varkw = "kwargs", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class PrepareNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doPrepare(Object cls, Object args, Object kwargs) {
            return new PDict();
        }
    }

    @Builtin(name = "__dir__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDir(Object self) {
            return Dir.ofClass(checkClass(self, "__dir__"));
        }
    }

    @Builtin(name = "__abstractmethods__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class AbstractMethodsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAbstract(Object self, Object value) {
            PythonClass c = checkClass(self, "__abstractmethods__");
            if (value == PNone.NO_VALUE) {
                Object v = c.isBuiltin() ? null : c.getOwnAttribute(ABSTRACT_KEY);
                if (v == null) {
                    throw PythonErrors.attributeError("__abstractmethods__");
                }
                return v;
            }
            if (value == PGetSetDescriptor.DELETE) {
                c.removeOwnAttribute(ABSTRACT_KEY);
            } else {
                c.setOwnAttribute(ABSTRACT_KEY, value);
            }
            return PNone.NONE;
        }
    }

    /**
     * A builtin type's constructor signature; a class's comes from its docstring when that
     * starts with CPython's "Name(params)\n--\n\n" signature line.
     */
    @Builtin(name = "__text_signature__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TextSignatureNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSignature(Object self, Object value) {
            PythonClass c = checkClass(self, "__text_signature__");
            String s;
            if (c.isBuiltin()) {
                s = dev.taipan.builtins.TextSignatures.ofBuiltinType(c.getBuiltinType());
            } else {
                s = c.getOwnAttribute("__doc__") instanceof String doc ? dev.taipan.builtins.TextSignatures.fromDoc(c.getName(), doc) : null;
            }
            return s == null ? PNone.NONE : s;
        }
    }

    /**
     * Class annotations as in 3.12: the class dict's '__annotations__', created empty on first
     * read (so a subclass never sees its base's); builtin types have none and cannot get any.
     */
    @Builtin(name = "__annotations__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAnnotations(Object self, Object value) {
            PythonClass c = checkClass(self, "__annotations__");
            if (value == PNone.NO_VALUE) {
                if (c.isBuiltin()) {
                    throw PythonErrors.attributeError("type object '%s' has no attribute '__annotations__'", c.getName());
                }
                Object a = c.getOwnAttribute("__annotations__");
                if (a == null) {
                    a = new PDict();
                    c.setOwnAttribute("__annotations__", a);
                    return a;
                }
                // an annotations descriptor stored in the class is bound to the class
                Object get = PyObjectGetClass.get(a).lookup("__get__");
                return get == null ? a : CallDispatch.callMethod(get, a, PNone.NONE, c);
            }
            if (c.isBuiltin()) {
                throw PythonErrors.typeError("cannot set '__annotations__' attribute of immutable type '%s'", c.getName());
            }
            if (value == PGetSetDescriptor.DELETE) {
                if (!c.removeOwnAttribute("__annotations__")) {
                    throw PythonErrors.attributeError("__annotations__");
                }
            } else {
                c.setOwnAttribute("__annotations__", value);
            }
            return PNone.NONE;
        }
    }

    static final dev.taipan.runtime.dict.HiddenKey ABSTRACT_KEY = new dev.taipan.runtime.dict.HiddenKey("__abstractmethods__");

    /**
     * {@code __flags__} with CPython's Py_TPFLAGS_* bit values for what code reads from it:
     * heap/immutable type, subclassable, abstract (inspect.isabstract), sequence/mapping and
     * the fast-subclass bits of int, list, tuple, bytes, str, dict, BaseException and type.
     */
    @Builtin(name = "__flags__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FlagsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFlags(Object self, Object value) {
            PythonClass c = checkClass(self, "__flags__");
            long f = 1L << 12; // READY
            f |= c.isBuiltin() ? 1L << 8 : 1L << 9; // IMMUTABLETYPE : HEAPTYPE
            if (!c.isBuiltin() || c.hasFlag(BuiltinType.Flags.BASETYPE)) {
                f |= 1L << 10;
            }
            if (c.hasFlag(BuiltinType.Flags.SEQUENCE)) {
                f |= 1L << 5;
            }
            if (c.hasFlag(BuiltinType.Flags.MAPPING)) {
                f |= 1L << 6;
            }
            Object abstractMethods = c.isBuiltin() ? null : c.getOwnAttribute(ABSTRACT_KEY);
            if (abstractMethods != null && dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(abstractMethods)) {
                f |= 1L << 20;
            }
            BuiltinType[] fast = {BuiltinType.INT, BuiltinType.LIST, BuiltinType.TUPLE, BuiltinType.BYTES, BuiltinType.STR, BuiltinType.DICT, BuiltinType.BASE_EXCEPTION, BuiltinType.TYPE};
            for (int i = 0; i < fast.length; i++) {
                if (c.isSubtypeOfBuiltin(fast[i])) {
                    f |= 1L << (24 + i);
                }
            }
            return f;
        }
    }

    /** {@code int | str}: a types.UnionType (NotImplemented for operands that cannot join a union). */
    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOr(Object self, Object other) {
            return dev.taipan.runtime.typing.Generics.union(self, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doROr(Object self, Object other) {
            return dev.taipan.runtime.typing.Generics.union(other, self);
        }
    }
}
