package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their constructor arguments
 * (encoding, object, start, end, reason), their str() and creating them from the codecs.
 */
public final class UnicodeErrors {
    private UnicodeErrors() {
    }

    /** UnicodeDecodeError(encoding, bytes, start, end, reason). */
    @TruffleBoundary
    public static PException decodeError(String encoding, byte[] input, int start, int end, String reason) {
        return raise(BuiltinType.UNICODE_DECODE_ERROR, PTuple.of(encoding, new PBytes(input), (long) start, (long) end, reason));
    }

    /** UnicodeEncodeError(encoding, str, start, end, reason): start and end are code point indices. */
    @TruffleBoundary
    public static PException encodeError(String encoding, String input, int start, int end, String reason) {
        return raise(BuiltinType.UNICODE_ENCODE_ERROR, PTuple.of(encoding, input, (long) start, (long) end, reason));
    }

    private static PException raise(BuiltinType type, PTuple args) {
        PBaseException e = new PBaseException(TaipanContext.get(null).getBuiltinClass(type), type, args);
        ExceptionInit.initFields(e, type, args);
        return PythonErrors.raise(e);
    }

    private static boolean isUnicodeError(BuiltinType kind) {
        return kind.isSubtypeOf(BuiltinType.UNICODE_ENCODE_ERROR) || kind.isSubtypeOf(BuiltinType.UNICODE_DECODE_ERROR) || kind.isSubtypeOf(BuiltinType.UNICODE_TRANSLATE_ERROR);
    }

    /** Sets the fields when {@code args} has the constructor's shape (other arities leave them unset). */
    static void initFields(PBaseException e, BuiltinType kind, PTuple args) {
        if (!isUnicodeError(kind)) {
            return;
        }
        boolean translate = kind.isSubtypeOf(BuiltinType.UNICODE_TRANSLATE_ERROR);
        int n = translate ? 4 : 5;
        if (args.size() != n) {
            return;
        }
        int i = 0;
        if (!translate) {
            ExceptionFields.set(e, ExceptionFields.ENCODING, args.get(i++));
        }
        Object object = args.get(i++);
        if (kind.isSubtypeOf(BuiltinType.UNICODE_DECODE_ERROR) && !(object instanceof PBytes)) {
            byte[] b = BytesLike.bytesOrNull(object);
            if (b != null) {
                object = new PBytes(b.clone());
            }
        }
        ExceptionFields.set(e, ExceptionFields.OBJECT, object);
        ExceptionFields.set(e, ExceptionFields.START, args.get(i++));
        ExceptionFields.set(e, ExceptionFields.END, args.get(i++));
        ExceptionFields.set(e, ExceptionFields.REASON, args.get(i));
    }

    /** What {@code __init__} checks: the argument count and types of CPython's "UOnnU"/"UynnU"/"OnnU". */
    @TruffleBoundary
    static void checkInitArgs(BuiltinType kind, PTuple args) {
        if (!isUnicodeError(kind)) {
            return;
        }
        boolean translate = kind.isSubtypeOf(BuiltinType.UNICODE_TRANSLATE_ERROR);
        boolean decode = kind.isSubtypeOf(BuiltinType.UNICODE_DECODE_ERROR);
        int n = translate ? 4 : 5;
        if (args.size() != n) {
            throw PythonErrors.typeError("function takes exactly %d arguments (%d given)", n, args.size());
        }
        int i = 0;
        if (!translate) {
            requireStr(args.get(i++), "argument 1");
        }
        Object object = args.get(i++);
        if (decode) {
            if (!BytesLike.check(object)) {
                throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyObjectGetClass.typeName(object));
            }
        } else {
            requireStr(object, "argument " + i);
        }
        for (int k = 0; k < 2; k++, i++) {
            Object v = args.get(i);
            if (!(v instanceof Long) && !(v instanceof Boolean) && PyObjectGetClass.get(v).lookup("__index__") == null) {
                throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(v));
            }
        }
        requireStr(args.get(i), "argument " + (i + 1));
    }

    private static void requireStr(Object o, String what) {
        if (!(o instanceof String) && PPrimitiveObject.strValue(o) == null) {
            throw PythonErrors.typeError("%s must be str, not %s", what, PyObjectGetClass.typeName(o));
        }
    }

    /** str() of a Unicode error whose fields are set, or null to use the generic form. */
    @TruffleBoundary
    static String str(PBaseException e) {
        BuiltinType kind = e.kind();
        if (!isUnicodeError(kind)) {
            return null;
        }
        Object object = ExceptionFields.get(e, ExceptionFields.OBJECT);
        Object start = ExceptionFields.get(e, ExceptionFields.START);
        Object end = ExceptionFields.get(e, ExceptionFields.END);
        if (object == dev.taipan.runtime.objects.PNone.NONE || !(start instanceof Long s) || !(end instanceof Long en)) {
            return null;
        }
        String reason = PyObjectStr.str(ExceptionFields.get(e, ExceptionFields.REASON));
        if (kind.isSubtypeOf(BuiltinType.UNICODE_DECODE_ERROR)) {
            String encoding = PyObjectStr.str(ExceptionFields.get(e, ExceptionFields.ENCODING));
            if (object instanceof PBytes b && s >= 0 && s < b.size() && en == s + 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, b.bytes()[s.intValue()] & 0xff, s, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, s, en - 1, reason);
        }
        String text = object instanceof String str ? str : PPrimitiveObject.strValue(object);
        String prefix;
        String verb;
        if (kind.isSubtypeOf(BuiltinType.UNICODE_ENCODE_ERROR)) {
            prefix = "'" + PyObjectStr.str(ExceptionFields.get(e, ExceptionFields.ENCODING)) + "' codec can't ";
            verb = "encode";
        } else {
            prefix = "can't ";
            verb = "translate";
        }
        if (text != null && s >= 0 && s < StringOps.codePointLength(text) && en == s + 1) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, s.intValue()));
            return String.format("%s%s character '%s' in position %d: %s", prefix, verb, escape(cp), s, reason);
        }
        return String.format("%s%s characters in position %d-%d: %s", prefix, verb, s, en - 1, reason);
    }

    /** \\xhh, \\uhhhh or \\Uhhhhhhhh. */
    public static String escape(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
}
