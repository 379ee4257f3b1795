package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.interop.ForeignObjects;
import dev.taipan.interop.PForeignIterator;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * {@code polyglot.ForeignObject}: how Python code sees other languages' objects. Members are
 * attributes (looked up after the class's own, through {@code __getattr__}), and the
 * container, call and comparison protocols map onto InteropLibrary messages.
 */
public final class ForeignBuiltins {
    private ForeignBuiltins() {
    }

    @Builtin(name = "__getattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetAttr(Object self, Object name) {
            String n = (String) name;
            Object v = ForeignObjects.getAttribute(self, n);
            if (v == null) {
                throw PythonErrors.attributeError("'%s' object has no attribute '%s'", ForeignObjects.typeName(self), n);
            }
            return v;
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetAttr(Object self, Object name, Object value) {
            ForeignObjects.setAttribute(self, (String) name, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelAttr(Object self, Object name) {
            ForeignObjects.deleteAttribute(self, (String) name);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, Object args, Object kwargs) {
            if (kwargs instanceof dev.taipan.runtime.dict.PDict d && d.size() > 0) {
                throw PythonErrors.typeError("foreign objects do not take keyword arguments");
            }
            return ForeignObjects.call(self, ((PTuple) args).items());
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return PForeignIterator.of(self);
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return ForeignObjects.length(self);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key) {
            return ForeignObjects.getItem(self, key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetItem(Object self, Object key, Object value) {
            ForeignObjects.setItem(self, key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContains(Object self, Object item) {
            return ForeignObjects.contains(self, item);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return ForeignObjects.displayString(self);
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            return ForeignObjects.isTrue(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            return ForeignObjects.isIdentical(self, other);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHash(Object self) {
            return (long) System.identityHashCode(self);
        }
    }

    @Builtin(name = "__dir__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDir(Object self) {
            return new PList(ForeignObjects.memberNames(self).toArray());
        }
    }
}
