package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.HashNode;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PList;

/** {@code obj[key] = value} with direct paths for list and bytearray indexing and dicts. */
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

    @Fallback
    static void doGeneric(Object obj, Object key, Object value) {
        PyObjectItems.setItem(obj, key, value);
    }
}
