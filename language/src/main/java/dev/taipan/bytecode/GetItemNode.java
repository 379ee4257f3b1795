package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.HashNode;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/** {@code obj[key]} with direct paths for list/tuple/bytes/bytearray indexing and dicts. */
@GenerateUncached
@GenerateInline(false)
public abstract class GetItemNode extends Node {
    public abstract Object execute(Object obj, Object key);

    @Specialization(guards = {"list.getExplicitClass() == null", "index >= 0", "index < list.size()"})
    static Object doList(PList list, long index) {
        return list.get((int) index);
    }

    @Specialization(guards = {"tuple.getExplicitClass() == null", "index >= 0", "index < tuple.size()"})
    static Object doTuple(PTuple tuple, long index) {
        return tuple.get((int) index);
    }

    @Specialization(guards = {"bytes.getExplicitClass() == null", "index >= 0", "index < bytes.size()"})
    static Object doBytes(PBytes bytes, long index) {
        return (long) (bytes.bytes()[(int) index] & 0xff);
    }

    @Specialization(guards = {"array.getExplicitClass() == null", "index >= 0", "index < array.length()"})
    static Object doByteArray(PByteArray array, long index) {
        return (long) array.get((int) index);
    }

    @Specialization(guards = "dict.getExplicitClass() == null")
    static Object doDict(PDict dict, Object key,
                    @Cached HashNode hash) {
        Object v = dict.getItem(key, hash.execute(key));
        if (v == null) {
            throw PythonErrors.keyError(key);
        }
        return v;
    }

    /** {@code s[i]} and {@code s[a:b]} on a str: str.__getitem__ itself, not looked up and called. */
    @Specialization
    static Object doString(String s, Object key) {
        return dev.taipan.builtins.types.StrBuiltins.GetItemNode.doGetItem(s, key);
    }

    /** An instance whose class has a plain {@code __getitem__} (a Python function or builtin method): called directly. */
    @Specialization(guards = {"obj.getExplicitClass() != null", "cls == cachedClass", "getitem != null", "budget.allows()"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static Object doMethod(PythonObject obj, Object key,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(obj)") @SuppressWarnings("unused") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached(value = "plainGetItem(budget, cachedClass)", neverDefault = false) Object getitem,
                    @Cached CallNode call) {
        return call.execute(getitem, PArguments.fromValues(obj, key), null);
    }

    static Object plainGetItem(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return dev.taipan.builtins.types.ClassCall.plainMethod(cls, "__getitem__");
    }

    @Specialization(replaces = "doMethod")
    static Object doGeneric(Object obj, Object key) {
        return PyObjectItems.getItem(obj, key);
    }
}
