package dev.taipan.runtime.json;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * json's C encoder (c_make_encoder, used by JSONEncoder.encode without indent) in Java: the
 * whole document into one StringBuilder, with the encoder's settings read from the encoder
 * object: markers (circular reference detection), default, the str encoder, separators,
 * sort_keys, skipkeys and allow_nan.
 */
public final class JsonEncoder {
    private final Object markers;
    private final Object defaultFn;
    private final Object strEncoder;
    /** 0: call strEncoder; 1: Java ensure_ascii escaping; 2: Java plain escaping. */
    private final int strMode;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    private final int depthLimit;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    @TruffleBoundary
    public JsonEncoder(Object enc, Object asciiEncoder, Object plainEncoder) {
        markers = GenericAttributes.getAttribute(enc, "markers");
        defaultFn = GenericAttributes.getAttribute(enc, "default");
        strEncoder = GenericAttributes.getAttribute(enc, "encoder");
        strMode = strEncoder == asciiEncoder ? 1 : strEncoder == plainEncoder ? 2 : 0;
        keySeparator = PyObjectStr.str(GenericAttributes.getAttribute(enc, "key_separator"));
        itemSeparator = PyObjectStr.str(GenericAttributes.getAttribute(enc, "item_separator"));
        sortKeys = PyObjectIsTrue.execute(GenericAttributes.getAttribute(enc, "sort_keys"));
        skipKeys = PyObjectIsTrue.execute(GenericAttributes.getAttribute(enc, "skipkeys"));
        allowNan = PyObjectIsTrue.execute(GenericAttributes.getAttribute(enc, "allow_nan"));
        depthLimit = TaipanContext.get(null).getThreadState().getRecursionLimit();
    }

    @TruffleBoundary
    public String encode(Object o) {
        value(o);
        return out.toString();
    }

    private void value(Object o) {
        if (o == PNone.NONE) {
            out.append("null");
        } else if (o == Boolean.TRUE) {
            out.append("true");
        } else if (o == Boolean.FALSE) {
            out.append("false");
        } else if (o instanceof String s) {
            string(s);
        } else if (o instanceof Long || o instanceof java.math.BigInteger) {
            out.append(o);
        } else if (o instanceof Double d) {
            out.append(floatText(d, o));
        } else {
            PythonClass cls = PyObjectGetClass.get(o);
            if (cls.isSubtypeOfBuiltin(BuiltinType.STR)) {
                out.append(PyObjectStr.str(CallDispatch.call(strEncoder, o)));
            } else if (cls.isSubtypeOfBuiltin(BuiltinType.INT)) {
                out.append(intRepr(o));
            } else if (cls.isSubtypeOfBuiltin(BuiltinType.FLOAT)) {
                out.append(floatText(dev.taipan.runtime.abstractops.PyNumberConvert.asDouble(o), o));
            } else if (o instanceof PList || o instanceof PTuple) {
                list(o);
            } else if (o instanceof PDict d) {
                dict(d);
            } else {
                Object marker = enter(o);
                value(CallDispatch.call(defaultFn, o));
                leave(marker);
            }
        }
    }

    /** An int subclass (IntEnum...) as int.__repr__ writes it, whatever its own __repr__ says. */
    private static String intRepr(Object o) {
        return PyObjectStr.str(CallDispatch.callMethod(TaipanContext.get(null).getBuiltinClass(BuiltinType.INT).lookup("__repr__"), o));
    }

    private void string(String s) {
        switch (strMode) {
            case 1 -> JsonStrings.appendEncoded(out, s, true);
            case 2 -> JsonStrings.appendEncoded(out, s, false);
            default -> out.append(PyObjectStr.str(CallDispatch.call(strEncoder, s)));
        }
    }

    private String floatText(double d, Object o) {
        if (Double.isFinite(d)) {
            return FloatRepr.repr(d);
        }
        if (!allowNan) {
            throw PythonErrors.valueError("Out of range float values are not JSON compliant: %s", PyObjectStr.repr(o));
        }
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /** Circular reference check and recursion limit; the marker key to remove on leaving, or null. */
    private Object enter(Object o) {
        if (++depth > depthLimit) {
            throw PythonErrors.raise(BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object");
        }
        if (markers instanceof PDict m) {
            Object id = dev.taipan.runtime.objects.ObjectIds.id(o);
            if (m.getItem(id) != null) {
                throw PythonErrors.valueError("Circular reference detected");
            }
            m.setItem(id, o);
            return id;
        }
        return null;
    }

    private void leave(Object marker) {
        depth--;
        if (marker != null) {
            ((PDict) markers).removeItem(marker);
        }
    }

    private void list(Object o) {
        Object[] items;
        int n;
        if (o instanceof PList l) {
            n = l.size();
            items = null;
        } else {
            items = ((PTuple) o).items();
            n = items.length;
        }
        if (n == 0) {
            out.append("[]");
            return;
        }
        Object marker = enter(o);
        out.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(itemSeparator);
            }
            value(items != null ? items[i] : ((PList) o).get(i));
        }
        out.append(']');
        leave(marker);
    }

    private void dict(PDict d) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        Object marker = enter(d);
        out.append('{');
        boolean first = true;
        for (Object[] kv : items(d)) {
            Object key = kv[0];
            String k;
            if (key instanceof String s) {
                k = s;
            } else if (key == PNone.NONE) {
                k = "null";
            } else if (key == Boolean.TRUE) {
                k = "true";
            } else if (key == Boolean.FALSE) {
                k = "false";
            } else if (key instanceof Long || key instanceof java.math.BigInteger) {
                k = key.toString();
            } else if (key instanceof Double dd) {
                k = floatText(dd, key);
            } else {
                PythonClass cls = PyObjectGetClass.get(key);
                if (cls.isSubtypeOfBuiltin(BuiltinType.STR)) {
                    k = PyObjectStr.str(key);
                } else if (cls.isSubtypeOfBuiltin(BuiltinType.INT)) {
                    k = intRepr(key);
                } else if (cls.isSubtypeOfBuiltin(BuiltinType.FLOAT)) {
                    k = floatText(dev.taipan.runtime.abstractops.PyNumberConvert.asDouble(key), key);
                } else if (skipKeys) {
                    continue;
                } else {
                    throw PythonErrors.typeError("keys must be str, int, float, bool or None, not %s", cls.getName());
                }
            }
            if (!first) {
                out.append(itemSeparator);
            }
            first = false;
            string(k);
            out.append(keySeparator);
            value(kv[1]);
        }
        out.append('}');
        leave(marker);
    }

    /**
     * The (key, value) pairs in insertion order (a dict subclass's own {@code items()}, as
     * CPython's PyMapping_Items: an OrderedDict's order), sorted by key (then value) with sort_keys.
     */
    private Object[][] items(PDict d) {
        Object[][] pairs;
        if (d.getExplicitClass() == null) {
            pairs = d.storage().items();
        } else {
            Object[] entries = dev.taipan.runtime.sequence.SequenceOps.toArray(
                            dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(d, "items")));
            pairs = new Object[entries.length][];
            for (int i = 0; i < entries.length; i++) {
                pairs[i] = dev.taipan.runtime.sequence.SequenceOps.toArray(entries[i]);
            }
        }
        int n = pairs.length;
        if (sortKeys) {
            PList list = new PList();
            for (int i = 0; i < n; i++) {
                list.append(PTuple.of(pairs[i][0], pairs[i][1]));
            }
            dev.taipan.builtins.types.Sorting.sort(list, PNone.NONE, false);
            for (int i = 0; i < n; i++) {
                Object[] t = ((PTuple) list.get(i)).items();
                pairs[i] = new Object[]{t[0], t[1]};
            }
        }
        return n == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, n);
    }
}
