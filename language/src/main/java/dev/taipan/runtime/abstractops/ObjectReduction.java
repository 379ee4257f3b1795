package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The pickle/copy protocol of {@code object} (CPython's typeobject.c reduce support):
 * {@code __getstate__}, {@code __reduce__} and {@code __reduce_ex__}, with copyreg's
 * {@code __newobj__} for protocol 2 and up and {@code copyreg._reduce_ex} below.
 */
public final class ObjectReduction {
    private ObjectReduction() {
    }

    /** object.__getstate__(): the instance dict (None when empty), with the slots as (dict, slots). */
    @TruffleBoundary
    public static Object getState(Object obj) {
        PythonClass type = PyObjectGetClass.get(obj);
        Object state = PNone.NONE;
        if (GenericAttributes.hasInstanceDict(obj, type)) {
            PDict dict = GenericAttributes.getDict((PythonObject) obj);
            if (dict.size() > 0) {
                PDict copy = new PDict();
                for (Object k : SequenceOps.toArray(dict)) {
                    copy.setItem(k, dict.getItem(k));
                }
                state = copy;
            }
        }
        Object slotNames = CallDispatch.call(GenericAttributes.getAttribute(copyreg(), "_slotnames"), type);
        Object[] names = SequenceOps.toArray(slotNames);
        if (names.length > 0) {
            PDict slots = new PDict();
            for (Object name : names) {
                Object v = GenericAttributes.lookupAttribute(obj, dev.taipan.builtins.types.AttributeNames.check(name));
                if (v != null) {
                    slots.setItem(name, v);
                }
            }
            if (slots.size() > 0) {
                state = PTuple.of(state, slots);
            }
        }
        return state;
    }

    /** object.__reduce_ex__(protocol): an overridden __reduce__ wins, else the common reduction. */
    @TruffleBoundary
    public static Object reduceEx(Object obj, int protocol) {
        PythonClass objectClass = TaipanContext.get(null).getBuiltinClass(BuiltinType.OBJECT);
        Object reduce = PyObjectGetClass.get(obj).lookup("__reduce__");
        if (reduce != null && reduce != objectClass.lookup("__reduce__")) {
            return CallDispatch.call(GenericAttributes.getAttribute(obj, "__reduce__"));
        }
        return commonReduce(obj, protocol);
    }

    @TruffleBoundary
    public static Object commonReduce(Object obj, int protocol) {
        if (protocol >= 2) {
            return reduceNewObj(obj);
        }
        return CallDispatch.call(GenericAttributes.getAttribute(copyreg(), "_reduce_ex"), obj, (long) protocol);
    }

    /** (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
    private static Object reduceNewObj(Object obj) {
        PythonClass type = PyObjectGetClass.get(obj);
        Object args = PTuple.EMPTY;
        Object kwargs = PNone.NONE;
        boolean hasArgs = false;
        Object getNewArgsEx = GenericAttributes.lookupAttribute(obj, "__getnewargs_ex__");
        if (getNewArgsEx != null) {
            Object r = CallDispatch.call(getNewArgsEx);
            if (!(r instanceof PTuple t) || t.size() != 2) {
                throw dev.taipan.runtime.exceptions.PythonErrors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'", PyObjectGetClass.typeName(r));
            }
            args = t.get(0);
            kwargs = t.get(1);
            hasArgs = true;
        } else {
            Object getNewArgs = GenericAttributes.lookupAttribute(obj, "__getnewargs__");
            if (getNewArgs != null) {
                args = CallDispatch.call(getNewArgs);
                if (!(args instanceof PTuple)) {
                    throw dev.taipan.runtime.exceptions.PythonErrors.typeError("__getnewargs__ should return a tuple, not '%s'", PyObjectGetClass.typeName(args));
                }
                hasArgs = true;
            }
        }
        Object state = CallDispatch.call(GenericAttributes.getAttribute(obj, "__getstate__"));
        boolean isList = type.isSubtypeOfBuiltin(BuiltinType.LIST);
        boolean isDict = type.isSubtypeOfBuiltin(BuiltinType.DICT);
        if (!hasArgs && !isList && !isDict && state == PNone.NONE && type.isBuiltin() && type.getBuiltinType() != BuiltinType.OBJECT) {
            throw dev.taipan.runtime.exceptions.PythonErrors.typeError("cannot pickle '%s' object", type.getTpName());
        }
        Object listItems = isList ? PyObjectIter.getIter(obj) : PNone.NONE;
        Object dictItems = isDict ? PyObjectIter.getIter(CallDispatch.call(GenericAttributes.getAttribute(obj, "items"))) : PNone.NONE;
        Object copyreg = copyreg();
        Object newObj;
        Object newArgs;
        if (kwargs == PNone.NONE || (kwargs instanceof PDict d && d.size() == 0)) {
            newObj = GenericAttributes.getAttribute(copyreg, "__newobj__");
            Object[] a = SequenceOps.toArray(args);
            Object[] all = new Object[a.length + 1];
            all[0] = type;
            System.arraycopy(a, 0, all, 1, a.length);
            newArgs = new PTuple(all);
        } else {
            newObj = GenericAttributes.getAttribute(copyreg, "__newobj_ex__");
            newArgs = PTuple.of(type, args, kwargs);
        }
        return PTuple.of(newObj, newArgs, state, listItems, dictItems);
    }

    private static Object copyreg() {
        return Importer.importModule("copyreg");
    }

}
