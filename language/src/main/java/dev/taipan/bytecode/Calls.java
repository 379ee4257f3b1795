package dev.taipan.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/** {@code f(*args, **kwargs)}: flattening the starred arguments into a vectorcall. */
final class Calls {
    private Calls() {
    }

    /** The unmerged keyword arguments of a call: names and values, NO_VALUE before a {@code **m}. */
    record KeywordParts(Object[] keysAndValues) {
    }

    static Object callEx(Object callee, Object positional, Object keywords, CallNode call) {
        Object[] pos = positionalArray(callee, positional);
        if (keywords == PNone.NO_VALUE) {
            return call.execute(callee, PArguments.fromValues(pos), null);
        }
        if (keywords instanceof KeywordParts parts) {
            keywords = mergeKeywords(callee, parts.keysAndValues());
        }
        return callWithKeywords(callee, pos, keywords, call);
    }

    /** Merges {@code k=v} and {@code **m} into one dict; a keyword given twice is an error. */
    @TruffleBoundary
    private static PDict mergeKeywords(Object callee, Object[] keysAndValues) {
        PDict d = new PDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i] != PNone.NO_VALUE) {
                putKeyword(callee, d, keysAndValues[i], keysAndValues[i + 1]);
                continue;
            }
            Object mapping = keysAndValues[i + 1];
            if (mapping instanceof PDict src) {
                DictStorage s = src.storage();
                for (int j = s.next(-1); j >= 0; j = s.next(j)) {
                    putKeyword(callee, d, s.keyAt(j), s.valueAt(j));
                }
                continue;
            }
            Object keys = GenericAttributes.lookupAttribute(mapping, "keys");
            if (keys == null) {
                throw PythonErrors.typeError("%s argument after ** must be a mapping, not %s", calleeName(callee), PyObjectGetClass.typeName(mapping));
            }
            Object it = PyObjectIter.getIter(CallDispatch.call(keys));
            for (Object k = PyObjectIter.next(it); k != null; k = PyObjectIter.next(it)) {
                putKeyword(callee, d, k, PyObjectItems.getItem(mapping, k));
            }
        }
        return d;
    }

    private static void putKeyword(Object callee, PDict d, Object key, Object value) {
        if (d.getItem(key) != null) {
            throw PythonErrors.typeError("%s got multiple values for keyword argument '%s'", calleeName(callee), PyObjectStr.str(key));
        }
        d.setItem(key, value);
    }

    @TruffleBoundary
    private static Object[] positionalArray(Object callee, Object positional) {
        if (positional instanceof PTuple t) {
            return t.items();
        }
        if (positional instanceof PList l) {
            return l.toArray();
        }
        List<Object> items = new ArrayList<>();
        if (!PyObjectIter.isIterable(positional)) {
            throw PythonErrors.typeError("%s argument after * must be an iterable, not %s", calleeName(callee), PyObjectGetClass.typeName(positional));
        }
        Object it = PyObjectIter.getIter(positional);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            items.add(v);
        }
        return items.toArray();
    }

    @TruffleBoundary
    private static Object callWithKeywords(Object callee, Object[] pos, Object keywords, CallNode call) {
        if (!(keywords instanceof PDict d)) {
            throw PythonErrors.typeError("%s argument after ** must be a mapping, not %s", calleeName(callee), PyObjectGetClass.typeName(keywords));
        }
        DictStorage s = d.storage();
        int n = s.size();
        Object[] args = new Object[PArguments.USER_START + pos.length + n];
        System.arraycopy(pos, 0, args, PArguments.USER_START, pos.length);
        String[] names = new String[n];
        int k = 0;
        for (int i = s.next(-1); i >= 0; i = s.next(i)) {
            Object key = s.keyAt(i);
            String str = dev.taipan.runtime.strings.StrArgs.value(key);
            if (str == null) {
                throw PythonErrors.typeError("keywords must be strings");
            }
            names[k] = str;
            args[PArguments.USER_START + pos.length + k] = s.valueAt(i);
            k++;
        }
        return call.execute(callee, args, n == 0 ? null : names);
    }

    /**
     * How CPython's _PyObject_FunctionStr names a callable: {@code module.qualname()}, without
     * the module for builtins, or str() of an object without __qualname__.
     */
    @TruffleBoundary
    static String calleeName(Object callee) {
        Object qualname = GenericAttributes.lookupAttribute(callee, "__qualname__");
        if (qualname == null) {
            return PyObjectStr.str(callee);
        }
        Object module = GenericAttributes.lookupAttribute(callee, "__module__");
        if (module != null && module != PNone.NONE && !"builtins".equals(module)) {
            return PyObjectStr.str(module) + "." + PyObjectStr.str(qualname) + "()";
        }
        return PyObjectStr.str(qualname) + "()";
    }

    @TruffleBoundary
    static Object callUncached(Object callee, Object... args) {
        return CallDispatch.call(callee, args);
    }
}
