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
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.HashTable;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.iterators.PDictIterator;
import dev.taipan.runtime.iterators.PDictView;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.set.PSet;
import dev.taipan.runtime.set.SetStorage;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The methods of {@code dict}. */
public final class DictBuiltins {
    private DictBuiltins() {
    }

    static PDict self(Object o, String method) {
        if (o instanceof PDict d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    /** Whether a dict's items can be copied from its storage: it does not override __iter__ (OrderedDict does). */
    static boolean iteratesAsDict(PDict d) {
        if (d.getExplicitClass() == null) {
            return true;
        }
        PythonClass dict = dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.DICT);
        return PyObjectGetClass.get(d).lookup("__iter__") == dict.lookup("__iter__");
    }

    /** dict.update semantics: a mapping (keys()) or an iterable of pairs, then keyword arguments. */
    @TruffleBoundary
    static void update(PDict d, Object other, PDict kwargs) {
        if (other != PNone.NO_VALUE) {
            if (other instanceof PDict src && iteratesAsDict(src)) {
                DictStorage s = src.storage();
                int expected = s.modificationCount();
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    // the stored hash is reused; a key's __eq__ may change the source meanwhile
                    d.setItem(s.keyAt(i), s.hashAt(i), s.valueAt(i));
                    if (src.storage() != s || s.modificationCount() != expected) {
                        throw PythonErrors.runtimeError("dict mutated during update");
                    }
                }
            } else if (GenericAttributes.lookupAttribute(other, "keys") != null) {
                Object keys = CallDispatch.call(GenericAttributes.getAttribute(other, "keys"));
                Object it = PyObjectIter.getIter(keys);
                for (Object k = PyObjectIter.next(it); k != null; k = PyObjectIter.next(it)) {
                    d.setItem(k, PyObjectItems.getItem(other, k));
                }
            } else {
                Object it = PyObjectIter.getIter(other);
                int index = 0;
                for (Object item = PyObjectIter.next(it); item != null; item = PyObjectIter.next(it), index++) {
                    Object[] pair;
                    try {
                        pair = SequenceOps.toArray(item);
                    } catch (dev.taipan.runtime.exceptions.PException e) {
                        throw PythonErrors.typeError("cannot convert dictionary update sequence element #%d to a sequence", index);
                    }
                    if (pair.length != 2) {
                        throw PythonErrors.valueError("dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
                    }
                    d.setItem(pair[0], pair[1]);
                }
            }
        }
        if (kwargs != null) {
            DictStorage s = kwargs.storage();
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                d.setItem(s.keyAt(i), s.valueAt(i));
            }
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return c.isBuiltin() && c.getBuiltinType() == BuiltinType.DICT ? new PDict() : new PDict(c);
        }
    }

    @Builtin(name = "__init__", params = {"self", "other"}, required = 1, varkw = "kwargs", checkPositional = "dict")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object other, PDict kwargs) {
            update(self(self, "__init__"), other, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PDict d = self(self, "__repr__");
            if (!SequenceOps.enterRepr(d)) {
                return "{...}";
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                DictStorage s = d.storage();
                boolean first = true;
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(PyObjectStr.repr(s.keyAt(i))).append(": ").append(PyObjectStr.repr(s.valueAt(i)));
                }
                return sb.append('}').toString();
            } finally {
                SequenceOps.leaveRepr(d);
            }
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "__getitem__");
            Object v = d.getItem(key, hash.execute(key));
            if (v != null) {
                return v;
            }
            return missing(d, key);
        }

        @TruffleBoundary
        private static Object missing(PDict d, Object key) {
            if (d.getExplicitClass() != null) {
                Object missing = d.getExplicitClass().lookup("__missing__");
                if (missing != null) {
                    return CallDispatch.callMethod(missing, d, key);
                }
            }
            throw PythonErrors.keyError(key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetItem(Object self, Object key, Object value,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            self(self, "__setitem__").setItem(key, hash.execute(key), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelItem(Object self, Object key,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "__delitem__");
            if (d.removeItem(key, hash.execute(key)) == null) {
                throw PythonErrors.keyError(key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContains(Object self, Object key,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "__contains__");
            return d.getItem(key, hash.execute(key)) != null;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PDictIterator(self(self, "__iter__"), PDictIterator.Kind.KEYS);
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object key, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "get");
            Object v = d.getItem(key, hash.execute(key));
            return v != null ? v : (dflt == PNone.NO_VALUE ? PNone.NONE : dflt);
        }
    }

    @Builtin(name = "setdefault", params = {"self", "key", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetDefault(Object self, Object key, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "setdefault");
            Object value = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            Object v = d.setDefault(key, hash.execute(key), value);
            return v != null ? v : value;
        }
    }

    @Builtin(name = "pop", params = {"self", "key", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doPop(Object self, Object key, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            PDict d = self(self, "pop");
            Object v = d.removeItem(key, hash.execute(key));
            if (v != null) {
                return v;
            }
            if (dflt != PNone.NO_VALUE) {
                return dflt;
            }
            throw PythonErrors.keyError(key);
        }
    }

    @Builtin(name = "popitem", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopItemNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPopItem(Object self) {
            PDict d = self(self, "popitem");
            if (d.size() == 0) {
                throw PythonErrors.raise(BuiltinType.KEY_ERROR, "popitem(): dictionary is empty");
            }
            DictStorage s = d.storage();
            if (s instanceof HashTable h) {
                Object[] kv = h.popLast();
                return PTuple.of(kv[0], kv[1]);
            }
            int last = -1;
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                last = i;
            }
            Object k = s.keyAt(last);
            Object v = s.valueAt(last);
            d.removeItem(k);
            return PTuple.of(k, v);
        }
    }

    abstract static class ViewNode extends PythonUnaryBuiltinNode {
        PDictIterator.Kind kind() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doView(Object self) {
            return new PDictView(self(self, "keys"), kind());
        }
    }

    @Builtin(name = "keys", params = {"self"})
    @GenerateNodeFactory
    public abstract static class KeysNode extends ViewNode {
        @Override
        PDictIterator.Kind kind() {
            return PDictIterator.Kind.KEYS;
        }
    }

    @Builtin(name = "values", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ValuesNode extends ViewNode {
        @Override
        PDictIterator.Kind kind() {
            return PDictIterator.Kind.VALUES;
        }
    }

    @Builtin(name = "items", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ItemsNode extends ViewNode {
        @Override
        PDictIterator.Kind kind() {
            return PDictIterator.Kind.ITEMS;
        }
    }

    @Builtin(name = "update", params = {"self", "other"}, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doUpdate(Object self, Object other, PDict kwargs) {
            update(self(self, "update"), other, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(Object self) {
            self(self, "clear").storage().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCopy(Object self) {
            return new PDict(self(self, "copy").storage().copy());
        }
    }

    @Builtin(name = "fromkeys", params = {"cls", "iterable", "value"}, required = 2, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFromKeys(Object cls, Object iterable, Object value) {
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            Object d = CallDispatch.call(cls);
            if (d instanceof PDict target && target.getExplicitClass() == null && target.size() == 0) {
                // keys from a dict or set keep their stored hashes (no __hash__ again), as in CPython
                if (iterable instanceof PDict src && src.getExplicitClass() == null) {
                    DictStorage ds = src.storage();
                    for (int p = ds.next(-1); p >= 0; p = ds.next(p)) {
                        target.setItem(ds.keyAt(p), ds.hashAt(p), v);
                    }
                    return target;
                }
                if (iterable instanceof PSet src && src.getExplicitClass() == null) {
                    SetStorage ss = src.storage();
                    for (int p = ss.next(-1); p >= 0; p = ss.next(p)) {
                        target.setItem(ss.keyAt(p), ss.hashAt(p), v);
                    }
                    return target;
                }
            }
            Object it = PyObjectIter.getIter(iterable);
            for (Object k = PyObjectIter.next(it); k != null; k = PyObjectIter.next(it)) {
                PyObjectItems.setItem(d, k, v);
            }
            return d;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.INSTANCE;
            }
            return equal(self(self, "__eq__"), o);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNe(Object self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.INSTANCE;
            }
            return !equal(self(self, "__ne__"), o);
        }
    }

    @TruffleBoundary
    static boolean equal(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        // the entry is read before the lookup in b, whose __eq__ calls may change either dict;
        // the storage is asked again at each step, as CPython re-reads its table
        for (int i = a.storage().next(-1); i >= 0; i = a.storage().next(i)) {
            DictStorage s = a.storage();
            Object key = s.keyAt(i);
            Object value = s.valueAt(i);
            Object v = b.getItem(key, s.hashAt(i));
            if (v == null || !PyObjectRichCompareBool.eqUncached(value, v)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOr(Object self, Object other) {
            if (!(other instanceof PDict)) {
                return PNotImplemented.INSTANCE;
            }
            PDict d = new PDict(self(self, "__or__").storage().copy());
            update(d, other, null);
            return d;
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IOrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIOr(Object self, Object other) {
            update(self(self, "__ior__"), other, null);
            return self;
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReversed(Object self) {
            return PDictIterator.reversed(self(self, "__reversed__"), PDictIterator.Kind.KEYS);
        }
    }

    /** {@code mapping | dict} with a dict on the right: a new dict of the left's items updated with ours. */
    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doROr(Object self, Object other) {
            if (!(other instanceof PDict o)) {
                return PNotImplemented.INSTANCE;
            }
            PDict d = new PDict(o.storage().copy());
            update(d, self(self, "__ror__"), null);
            return d;
        }
    }
}
