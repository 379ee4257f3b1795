package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;

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
    static Object doDict(PDict dict, Object key) {
        return PyObjectItems.getItem(dict, key);
    }

    @Fallback
    static Object doGeneric(Object obj, Object key) {
        return PyObjectItems.getItem(obj, key);
    }
}
