package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.iterators.PArrayIterator;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.iterators.PDictIterator;
import dev.taipan.runtime.iterators.PListIterator;
import dev.taipan.runtime.iterators.PSequenceIterator;
import dev.taipan.runtime.iterators.PStringIterator;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code iter(obj)} and {@code next(it)} (returning null at the end instead of raising). */
public final class PyObjectIter {
    private PyObjectIter() {
    }

    @TruffleBoundary
    public static Object getIter(Object o) {
        if (o instanceof PList l && l.getExplicitClass() == null) {
            return new PListIterator(l);
        } else if (o instanceof PTuple t && t.getExplicitClass() == null) {
            return new PArrayIterator(t.items(), BuiltinType.TUPLE_ITERATOR);
        } else if (o instanceof PRange r) {
            return r.iterator();
        } else if (o instanceof String s) {
            return new PStringIterator(s);
        } else if (o instanceof dev.taipan.runtime.objects.PBytes b && b.getExplicitClass() == null) {
            return new dev.taipan.runtime.iterators.PBytesIterator(b, BuiltinType.BYTES_ITERATOR);
        } else if (o instanceof PDict d && d.getExplicitClass() == null) {
            return new PDictIterator(d, PDictIterator.Kind.KEYS);
        } else if (o instanceof PBuiltinIterator || o instanceof PGenerator g && g.getKind() == PGenerator.Kind.GENERATOR) {
            return o;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object iter = type.lookup("__iter__");
        if (iter == PNone.NONE) {
            throw notIterable(type);
        }
        if (iter != null) {
            Object it = CallDispatch.callMethod(iter, o);
            if (!isIterator(it)) {
                throw PythonErrors.typeError("iter() returned non-iterator of type '%s'", PyObjectGetClass.typeName(it));
            }
            return it;
        }
        if (type.lookup("__getitem__") != null) {
            return new PSequenceIterator(o);
        }
        throw notIterable(type);
    }

    private static PException notIterable(PythonClass type) {
        return PythonErrors.typeError("'%s' object is not iterable", type.getTpName());
    }

    /** Whether iter(o) can work: its class has __iter__ or the sequence protocol's __getitem__. */
    public static boolean isIterable(Object o) {
        PythonClass type = PyObjectGetClass.get(o);
        return type.lookup("__iter__") != null || type.lookup("__getitem__") != null;
    }

    public static boolean isIterator(Object o) {
        if (o instanceof PBuiltinIterator || o instanceof PGenerator g && g.getKind() == PGenerator.Kind.GENERATOR) {
            return true;
        }
        Object next = PyObjectGetClass.get(o).lookup("__next__");
        return next != null && next != PNone.NONE;
    }

    /** {@code next(it)}: the next item or null when exhausted (StopIteration consumed). */
    @TruffleBoundary
    public static Object next(Object it) {
        if (it instanceof PBuiltinIterator bi) {
            return bi.next();
        } else if (it instanceof PGenerator g && g.isPlainGenerator()) {
            return g.nextOrNull();
        }
        PythonClass type = PyObjectGetClass.get(it);
        Object next = type.lookup("__next__");
        if (next == null) {
            throw PythonErrors.typeError("'%s' object is not an iterator", type.getTpName());
        }
        try {
            return CallDispatch.callMethod(next, it);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}
