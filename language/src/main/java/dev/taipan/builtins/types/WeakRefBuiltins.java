package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.ObjectIds;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PWeakRef;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.PythonClass;
import dev.taipan.runtime.typing.Generics;

/** {@code weakref.ref} (ReferenceType): call it to get the referent, or None once it is gone. */
public final class WeakRefBuiltins {
    private WeakRefBuiltins() {
    }

    static PWeakRef self(Object o) {
        if (o instanceof PWeakRef r) {
            return r;
        }
        throw PythonErrors.typeError("descriptor requires a 'weakref.ReferenceType' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "ob", "callback"}, required = 2, varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object ob, Object callback, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            // ref itself takes none; a subclass's own __init__ may (CPython checks only ref's vectorcall)
            if (c.isBuiltin() && kwargs instanceof dev.taipan.runtime.dict.PDict d && d.size() > 0) {
                throw PythonErrors.typeError("ref() takes no keyword arguments");
            }
            return WeakRefs.create(c.isBuiltin() ? null : c, ob, callback == PNone.NO_VALUE ? null : callback, PWeakRef.Kind.REF);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object args, Object kwargs) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCall(Object self) {
            Object v = self(self).get();
            return v == null ? PNone.NONE : v;
        }
    }

    @Builtin(name = "__callback__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CallbackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCallback(Object self, Object value) {
            Object cb = self(self).callback();
            return cb == null ? PNone.NONE : cb;
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHash(Object self) {
            PWeakRef r = self(self);
            if (r.cachedHash() != null) {
                return r.cachedHash();
            }
            Object v = r.get();
            if (v == null) {
                throw PythonErrors.typeError("weak object has gone away");
            }
            long h = PyObjectHash.executeUncached(v);
            r.setCachedHash(h);
            return h;
        }
    }

    /** Live refs compare their referents; dead ones only equal themselves. */
    abstract static class Compare extends PythonBinaryBuiltinNode {
        boolean negate() {
            return false;
        }

        @Specialization
        @TruffleBoundary
        Object doCompare(Object self, Object other) {
            if (!(other instanceof PWeakRef o) || !(self instanceof PWeakRef s)) {
                return PNotImplemented.INSTANCE;
            }
            Object a = s.get();
            Object b = o.get();
            if (a == null || b == null) {
                return (s == o) != negate();
            }
            return PyObjectRichCompare.compare(a, b, negate() ? CompareOp.NE : CompareOp.EQ);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Compare {
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Compare {
        @Override
        boolean negate() {
            return true;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PWeakRef r = self(self);
            Object v = r.get();
            if (v == null) {
                return "<weakref at " + ObjectIds.address(r) + "; dead>";
            }
            return "<weakref at " + ObjectIds.address(r) + "; to '" + PyObjectGetClass.get(v).getQualname() + "' at " + ObjectIds.address(v) + ">";
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClassGetItem(Object cls, Object item) {
            return Generics.alias(cls, item);
        }
    }
}
