package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PProperty;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code property}. */
public final class PropertyBuiltins {
    private PropertyBuiltins() {
    }

    static PProperty self(Object o) {
        if (o instanceof PProperty p) {
            return p;
        }
        throw PythonErrors.typeError("descriptor requires a 'property' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PProperty((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "fget", "fset", "fdel", "doc"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object fget, Object fset, Object fdel, Object doc) {
            initialize(self(self), orNone(fget), orNone(fset), orNone(fdel), orNone(doc));
            return PNone.NONE;
        }
    }

    private static Object orNone(Object o) {
        return o == PNone.NO_VALUE ? PNone.NONE : o;
    }

    private static boolean isExactProperty(PProperty p) {
        PythonClass type = PyObjectGetClass.get(p);
        return type.isBuiltin() && type.getBuiltinType() == BuiltinType.PROPERTY;
    }

    /** CPython's property_init: without a doc the getter's __doc__ is the property's doc. */
    @TruffleBoundary
    static void initialize(PProperty p, Object fget, Object fset, Object fdel, Object doc) {
        boolean exact = isExactProperty(p);
        Object d = doc;
        boolean fromGetter = false;
        if (d == PNone.NONE && fget != PNone.NONE) {
            Object gd = GenericAttributes.lookupAttribute(fget, "__doc__");
            if (gd != null && gd != PNone.NONE) {
                d = gd;
                fromGetter = true;
            }
        }
        p.init(fget, fset, fdel, exact ? d : PNone.NONE, fromGetter);
        if (!exact) {
            // a subclass instance keeps __doc__ in its own dict, where it shadows the class's docstring
            try {
                GenericAttributes.setAttribute(p, "__doc__", d);
            } catch (PException e) {
                // a __slots__ subclass drops a doc it did not take from the getter (as through 3.11)
                if (fromGetter || !PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            if (instance == PNone.NONE) {
                return self;
            }
            return Descriptors.get(self(self), instance, PyObjectGetClass.get(instance));
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value"})
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSet(Object self, Object instance, Object value) {
            Descriptors.set(self(self), instance, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelete(Object self, Object instance) {
            Descriptors.set(self(self), instance, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__set_name__", params = {"self", "owner", "name"})
    @GenerateNodeFactory
    public abstract static class SetNameNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetName(Object self, Object owner, Object name) {
            self(self).setName(name);
            return PNone.NONE;
        }
    }

    /** getter/setter/deleter return a copy with one accessor replaced. */
    abstract static class CopyWith extends PythonBinaryBuiltinNode {
        int which() {
            return 0;
        }

        @Specialization
        @TruffleBoundary
        Object doCopy(Object self, Object f) {
            PProperty p = self(self);
            Object g = which() == 0 ? f : p.getFget();
            Object s = which() == 1 ? f : p.getFset();
            Object d = which() == 2 ? f : p.getFdel();
            // CPython's property_copy: a doc taken from the old getter is taken from the new one
            Object doc = p.isGetterDoc() && g != PNone.NONE ? PNone.NONE : p.getDoc();
            PythonClass type = PyObjectGetClass.get(p);
            if (isExactProperty(p)) {
                PProperty copy = new PProperty(type);
                initialize(copy, g, s, d, doc);
                copy.setName(p.getName());
                return copy;
            }
            return CallDispatch.call(type, g, s, d, doc);
        }
    }

    @Builtin(name = "getter", params = {"self", "fget"})
    @GenerateNodeFactory
    public abstract static class GetterNode extends CopyWith {
    }

    @Builtin(name = "setter", params = {"self", "fset"})
    @GenerateNodeFactory
    public abstract static class SetterNode extends CopyWith {
        @Override
        int which() {
            return 1;
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel"})
    @GenerateNodeFactory
    public abstract static class DeleterNode extends CopyWith {
        @Override
        int which() {
            return 2;
        }
    }

    @Builtin(name = "fget", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FgetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFget(Object self, Object value) {
            return self(self).getFget();
        }
    }

    @Builtin(name = "fset", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFset(Object self, Object value) {
            return self(self).getFset();
        }
    }

    @Builtin(name = "fdel", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class FdelNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFdel(Object self, Object value) {
            return self(self).getFdel();
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true, isMember = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDoc(Object self, Object value) {
            PProperty p = self(self);
            if (value == PNone.NO_VALUE) {
                return p.getDoc();
            }
            p.setDoc(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__isabstractmethod__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class IsAbstractNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsAbstract(Object self, Object value) {
            PProperty p = self(self);
            for (Object f : new Object[]{p.getFget(), p.getFset(), p.getFdel()}) {
                Object a = GenericAttributes.lookupAttribute(f, "__isabstractmethod__");
                if (a != null && dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(a)) {
                    return true;
                }
            }
            return false;
        }
    }
}
