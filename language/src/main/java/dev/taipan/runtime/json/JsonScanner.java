package dev.taipan.runtime.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * json's C scanner (scan_once) in Java: one JSON value from a str at a char index, with the
 * decoder's hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
 * read from the scanner object, and its memo dict sharing equal keys.
 */
public final class JsonScanner {
    /** No JSON value starts at this char index: json raises StopIteration(index) there. */
    public static final class NoValue extends Exception {
        private static final long serialVersionUID = 1L;
        public final int charPos;

        NoValue(int charPos) {
            super(null, null, false, false);
            this.charPos = charPos;
        }
    }

    private final String s;
    private final boolean strict;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    private final Object memo;
    private final int[] end = new int[1];

    @TruffleBoundary
    public JsonScanner(Object context, String s) {
        this.s = s;
        this.strict = dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(GenericAttributes.getAttribute(context, "strict"));
        this.objectHook = orNull(GenericAttributes.getAttribute(context, "object_hook"));
        this.pairsHook = orNull(GenericAttributes.getAttribute(context, "object_pairs_hook"));
        TaipanContext ctx = TaipanContext.get(null);
        Object pf = GenericAttributes.getAttribute(context, "parse_float");
        Object pi = GenericAttributes.getAttribute(context, "parse_int");
        this.parseFloat = pf == ctx.getBuiltinClass(BuiltinType.FLOAT) ? null : pf;
        this.parseInt = pi == ctx.getBuiltinClass(BuiltinType.INT) ? null : pi;
        this.parseConstant = GenericAttributes.getAttribute(context, "parse_constant");
        this.memo = GenericAttributes.getAttribute(context, "memo");
    }

    private static Object orNull(Object o) {
        return o == PNone.NONE ? null : o;
    }

    /** The value at char {@code idx}; {@code endOut[0]} gets the char index after it. */
    @TruffleBoundary
    public Object scanOnce(int idx, int[] endOut) throws NoValue, JsonStrings.Failure {
        Object v = value(idx);
        endOut[0] = end[0];
        return v;
    }

    private Object value(int idx) throws NoValue, JsonStrings.Failure {
        int n = s.length();
        if (idx >= n) {
            throw new NoValue(idx);
        }
        char c = s.charAt(idx);
        switch (c) {
            case '"':
                return JsonStrings.scan(s, idx + 1, strict, end);
            case '{':
                return object(idx + 1);
            case '[':
                return array(idx + 1);
            case 'n':
                if (s.startsWith("null", idx)) {
                    end[0] = idx + 4;
                    return PNone.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", idx)) {
                    end[0] = idx + 4;
                    return true;
                }
                break;
            case 'f':
                if (s.startsWith("false", idx)) {
                    end[0] = idx + 5;
                    return false;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", idx)) {
                    end[0] = idx + 3;
                    return CallDispatch.call(parseConstant, "NaN");
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", idx)) {
                    end[0] = idx + 8;
                    return CallDispatch.call(parseConstant, "Infinity");
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", idx)) {
                    end[0] = idx + 9;
                    return CallDispatch.call(parseConstant, "-Infinity");
                }
                break;
            default:
                break;
        }
        return number(idx);
    }

    private Object number(int start) throws NoValue {
        int n = s.length();
        int i = start;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            throw new NoValue(start);
        }
        boolean isFloat = false;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            isFloat = true;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '-' || s.charAt(e) == '+')) {
                e++;
            }
            if (e < n && isDigit(s.charAt(e))) {
                e++;
                while (e < n && isDigit(s.charAt(e))) {
                    e++;
                }
                i = e;
                isFloat = true;
            }
        }
        String num = s.substring(start, i);
        end[0] = i;
        if (isFloat) {
            return parseFloat == null ? (Object) Double.parseDouble(num) : CallDispatch.call(parseFloat, num);
        }
        if (parseInt != null) {
            return CallDispatch.call(parseInt, num);
        }
        if (num.length() < 19) {
            return Long.parseLong(num);
        }
        BigInteger b = new BigInteger(num);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int skipSpace(int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private Object object(int idx) throws NoValue, JsonStrings.Failure {
        List<Object[]> pairs = new ArrayList<>();
        int i = skipSpace(idx);
        int n = s.length();
        if (i < n && s.charAt(i) == '}') {
            end[0] = i + 1;
            return finishObject(pairs);
        }
        while (true) {
            if (i >= n || s.charAt(i) != '"') {
                throw new JsonStrings.Failure("Expecting property name enclosed in double quotes", i);
            }
            Object key = JsonStrings.scan(s, i + 1, strict, end);
            if (memo instanceof PDict m) {
                Object known = m.getItem(key);
                if (known != null) {
                    key = known;
                } else {
                    m.setItem(key, key);
                }
            }
            i = skipSpace(end[0]);
            if (i >= n || s.charAt(i) != ':') {
                throw new JsonStrings.Failure("Expecting ':' delimiter", i);
            }
            i = skipSpace(i + 1);
            Object val = value(i);
            pairs.add(new Object[]{key, val});
            i = skipSpace(end[0]);
            if (i < n && s.charAt(i) == '}') {
                end[0] = i + 1;
                return finishObject(pairs);
            }
            if (i >= n || s.charAt(i) != ',') {
                throw new JsonStrings.Failure("Expecting ',' delimiter", i);
            }
            i = skipSpace(i + 1);
        }
    }

    private Object finishObject(List<Object[]> pairs) {
        int after = end[0];
        Object result;
        if (pairsHook != null) {
            PList list = new PList();
            for (Object[] p : pairs) {
                list.append(PTuple.of(p[0], p[1]));
            }
            result = CallDispatch.call(pairsHook, list);
        } else {
            PDict d = new PDict();
            for (Object[] p : pairs) {
                d.setItem(p[0], p[1]);
            }
            result = objectHook != null ? CallDispatch.call(objectHook, d) : d;
        }
        end[0] = after;
        return result;
    }

    private Object array(int idx) throws NoValue, JsonStrings.Failure {
        PList list = new PList();
        int i = skipSpace(idx);
        int n = s.length();
        if (i < n && s.charAt(i) == ']') {
            end[0] = i + 1;
            return list;
        }
        while (true) {
            list.append(value(i));
            i = skipSpace(end[0]);
            if (i < n && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            if (i >= n || s.charAt(i) != ',') {
                throw new JsonStrings.Failure("Expecting ',' delimiter", i);
            }
            i = skipSpace(i + 1);
        }
    }
}
