package dev.taipan.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a foreign object: its interop iterator, or its array elements by index. */
public final class PForeignIterator extends PBuiltinIterator {
    private final Object iterator;
    private final Object array;
    private long index;

    private PForeignIterator(Object iterator, Object array) {
        this.iterator = iterator;
        this.array = array;
    }

    @TruffleBoundary
    public static PForeignIterator of(Object foreign) {
        InteropLibrary lib = InteropLibrary.getUncached(foreign);
        try {
            if (lib.hasArrayElements(foreign)) {
                return new PForeignIterator(null, foreign);
            }
            if (lib.hasHashEntries(foreign)) {
                return new PForeignIterator(lib.getHashKeysIterator(foreign), null);
            }
            if (lib.hasIterator(foreign)) {
                return new PForeignIterator(lib.getIterator(foreign), null);
            }
        } catch (UnsupportedMessageException e) {
            // fall through to the TypeError
        }
        throw PythonErrors.typeError("'%s' object is not iterable", ForeignObjects.typeName(foreign));
    }

    @Override
    @TruffleBoundary
    public Object next() {
        try {
            if (array != null) {
                InteropLibrary lib = InteropLibrary.getUncached(array);
                if (index >= lib.getArraySize(array)) {
                    return null;
                }
                return InteropValues.fromForeign(lib.readArrayElement(array, index++));
            }
            InteropLibrary lib = InteropLibrary.getUncached(iterator);
            if (!lib.hasIteratorNextElement(iterator)) {
                return null;
            }
            return InteropValues.fromForeign(lib.getIteratorNextElement(iterator));
        } catch (UnsupportedMessageException | InvalidArrayIndexException | StopIterationException e) {
            return null;
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SEQUENCE_ITERATOR;
    }
}
