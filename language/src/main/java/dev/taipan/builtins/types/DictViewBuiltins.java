package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PDictIterator;
import dev.taipan.runtime.iterators.PDictView;
import dev.taipan.runtime.objects.PMappingProxy;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;

/** dict_keys, dict_values and dict_items views. */
public final class DictViewBuiltins {
    private DictViewBuiltins() {
    }

    static PDictView self(Object o) {
        if (o instanceof PDictView v) {
            return v;
        }
        throw PythonErrors.typeError("expected a dict view, got %s", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) self(self).getDict().size();
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            PDictView v = self(self);
            return new PDictIterator(v.getDict(), v.getKind());
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            PDictView v = self(self);
            DictStorage s = v.getDict().storage();
            switch (v.getKind()) {
                case KEYS:
                    return v.getDict().getItem(value) != null;
                case ITEMS: {
                    if (!(value instanceof PTuple t) || t.size() != 2) {
                        return false;
                    }
                    Object x = v.getDict().getItem(t.get(0));
                    return x != null && PyObjectRichCompareBool.eqUncached(x, t.get(1));
                }
                default:
                    for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                        if (PyObjectRichCompareBool.eqUncached(s.valueAt(i), value)) {
                            return true;
                        }
                    }
                    return false;
            }
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PDictView v = self(self);
            if (!SequenceOps.enterRepr(v)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(PyObjectGetClass.typeName(v)).append("([");
                DictStorage s = v.getDict().storage();
                boolean first = true;
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    switch (v.getKind()) {
                        case KEYS -> sb.append(PyObjectStr.repr(s.keyAt(i)));
                        case VALUES -> sb.append(PyObjectStr.repr(s.valueAt(i)));
                        case ITEMS -> sb.append('(').append(PyObjectStr.repr(s.keyAt(i))).append(", ").append(PyObjectStr.repr(s.valueAt(i))).append(')');
                    }
                }
                return sb.append("])").toString();
            } finally {
                SequenceOps.leaveRepr(v);
            }
        }
    }

    @Builtin(name = "mapping", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MappingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMapping(Object self, Object value) {
            return new PMappingProxy(self(self).getDict());
        }
    }
}
