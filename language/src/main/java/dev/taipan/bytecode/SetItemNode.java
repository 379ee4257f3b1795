package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.HashNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/** {@code obj[key] = value} with direct paths for list and bytearray indexing, dicts and classes with a plain {@code __setitem__}. */
@GenerateUncached
@GenerateInline(false)
public abstract class SetItemNode extends Node {
    public abstract void execute(Object obj, Object key, Object value);

    @Specialization(guards = {"list.getExplicitClass() == null", "index >= 0", "index < list.size()"})
    static void doList(PList list, long index, Object value) {
        list.set((int) index, value);
    }

    @Specialization(guards = {"array.getExplicitClass() == null", "index >= 0", "index < array.length()", "value >= 0", "value < 256"})
    static void doByteArray(PByteArray array, long index, long value) {
        array.set((int) index, (int) value);
    }

    @Specialization(guards = "dict.getExplicitClass() == null")
    static void doDict(PDict dict, Object key, Object value,
                    @Cached HashNode hash) {
        dict.setItem(key, hash.execute(key), value);
    }

    /** An instance whose class has a plain {@code __setitem__} (a Python function or builtin method): called directly. */
    @Specialization(guards = {"obj.getExplicitClass() != null", "cls == cachedClass", "setitem != null", "budget.allows()"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static void doMethod(PythonObject obj, Object key, Object value,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(obj)") @SuppressWarnings("unused") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached(value = "plainSetItem(budget, cachedClass)", neverDefault = false) Object setitem,
                    @Cached CallNode call) {
        call.execute(setitem, PArguments.fromValues(obj, key, value), null);
    }

    static Object plainSetItem(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return dev.taipan.builtins.types.ClassCall.plainMethod(cls, "__setitem__");
    }

    @Specialization(replaces = "doMethod")
    static void doGeneric(Object obj, Object key, Object value) {
        PyObjectItems.setItem(obj, key, value);
    }
}
