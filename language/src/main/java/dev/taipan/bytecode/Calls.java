package dev.taipan.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
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

    static Object callEx(Object callee, Object positional, Object keywords, CallNode call) {
        Object[] pos = positionalArray(callee, positional);
        if (keywords == PNone.NO_VALUE) {
            return call.execute(callee, PArguments.fromValues(pos), null);
        }
        return callWithKeywords(callee, pos, keywords, call);
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
        Object it;
        try {
            it = PyObjectIter.getIter(positional);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            throw PythonErrors.typeError("%s argument after * must be an iterable, not %s", calleeName(callee), PyObjectGetClass.typeName(positional));
        }
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
            if (!(key instanceof String str)) {
                throw PythonErrors.typeError("keywords must be strings");
            }
            names[k] = str;
            args[PArguments.USER_START + pos.length + k] = s.valueAt(i);
            k++;
        }
        return call.execute(callee, args, n == 0 ? null : names);
    }

    @TruffleBoundary
    static String calleeName(Object callee) {
        if (callee instanceof dev.taipan.runtime.function.PFunction f) {
            return f.getQualname() + "()";
        }
        if (callee instanceof dev.taipan.runtime.function.PBuiltinFunction b) {
            return b.getQualname() + "()";
        }
        return PyObjectGetClass.typeName(callee) + " object";
    }

    @TruffleBoundary
    static Object callUncached(Object callee, Object... args) {
        return CallDispatch.call(callee, args);
    }
}
