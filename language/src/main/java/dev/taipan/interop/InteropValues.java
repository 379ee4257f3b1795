package dev.taipan.interop;

import java.math.BigInteger;

/** Values handed to other languages and the host must be interop values. */
public final class InteropValues {
    private InteropValues() {
    }

    public static Object toHost(Object value) {
        if (value instanceof BigInteger b) {
            return new PIntInterop(b);
        }
        return value;
    }

    /** Values arriving from the host or another language, as Python sees them. */
    public static Object fromHost(Object value) {
        if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof Short s) {
            return (long) s;
        } else if (value instanceof Byte b) {
            return (long) b;
        } else if (value instanceof Float f) {
            return (double) f;
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value instanceof dev.taipan.runtime.exceptions.PException pe) {
            return pe.getPythonException();
        } else if (value instanceof PIntInterop p) {
            return p.getValue();
        } else if (value instanceof com.oracle.truffle.api.strings.TruffleString ts) {
            return ts.toJavaStringUncached();
        } else if (value instanceof com.oracle.truffle.api.interop.TruffleObject && !(value instanceof dev.taipan.runtime.objects.PythonObject)) {
            return fromForeign(value);
        }
        return value;
    }

    /**
     * A foreign value as a Python value: null is None, booleans, numbers and strings become
     * Python's; everything else stays foreign (type {@code polyglot.ForeignObject}).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object fromForeign(Object value) {
        var lib = com.oracle.truffle.api.interop.InteropLibrary.getUncached(value);
        try {
            if (lib.isNull(value)) {
                return dev.taipan.runtime.objects.PNone.NONE;
            } else if (lib.isBoolean(value)) {
                return lib.asBoolean(value);
            } else if (lib.isString(value)) {
                return lib.asString(value);
            } else if (lib.isNumber(value)) {
                if (lib.fitsInLong(value)) {
                    return lib.asLong(value);
                } else if (lib.fitsInBigInteger(value)) {
                    return dev.taipan.runtime.numbers.IntMath.normalize(lib.asBigInteger(value));
                } else if (lib.fitsInDouble(value)) {
                    return lib.asDouble(value);
                }
            }
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
            // keep it foreign
        }
        return value;
    }

    public static Object[] fromHost(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = fromHost(values[i]);
        }
        return out;
    }
}
