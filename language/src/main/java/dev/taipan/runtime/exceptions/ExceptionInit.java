package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * What the constructors of the exception classes with extra fields do (StopIteration.value,
 * SystemExit.code, KeyError's str, ImportError's name/path, ...), and each class's str().
 */
public final class ExceptionInit {
    private ExceptionInit() {
    }

    /**
     * A builtin exception class whose construction from positional arguments only stores them
     * as args: BaseException's own __new__ and __init__, and none of the fields initFields
     * fills. Such a class can be instantiated without running either.
     */
    @TruffleBoundary
    public static boolean isPlainBuiltin(dev.taipan.runtime.types.PythonClass cls) {
        BuiltinType kind = cls.getBuiltinType();
        if (kind == null || !kind.isException() || !ownedByBaseException(cls.lookup("__new__")) || !ownedByBaseException(cls.lookup("__init__"))) {
            return false;
        }
        for (BuiltinType special : new BuiltinType[]{BuiltinType.UNICODE_ERROR, BuiltinType.STOP_ITERATION, BuiltinType.SYSTEM_EXIT, BuiltinType.IMPORT_ERROR,
                        BuiltinType.OS_ERROR, BuiltinType.SYNTAX_ERROR}) {
            if (kind.isSubtypeOf(special)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ownedByBaseException(Object method) {
        return method instanceof dev.taipan.runtime.function.PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.BASE_EXCEPTION;
    }

    public static boolean rejectsKeywords(BuiltinType kind) {
        return !(kind.isSubtypeOf(BuiltinType.IMPORT_ERROR) || kind.isSubtypeOf(BuiltinType.ATTRIBUTE_ERROR) || kind.isSubtypeOf(BuiltinType.NAME_ERROR));
    }

    @TruffleBoundary
    public static void initFields(PBaseException e, BuiltinType kind, PTuple args) {
        Object first = args.size() > 0 ? args.get(0) : PNone.NONE;
        if (kind.isSubtypeOf(BuiltinType.UNICODE_ERROR)) {
            UnicodeErrors.initFields(e, kind, args);
        } else if (kind.isSubtypeOf(BuiltinType.STOP_ITERATION)) {
            ExceptionFields.set(e, ExceptionFields.VALUE, first);
        } else if (kind.isSubtypeOf(BuiltinType.SYSTEM_EXIT)) {
            ExceptionFields.set(e, ExceptionFields.CODE, args.size() == 0 ? PNone.NONE : args.size() == 1 ? first : args);
        } else if (kind.isSubtypeOf(BuiltinType.IMPORT_ERROR)) {
            ExceptionFields.set(e, ExceptionFields.MSG, args.size() == 1 ? first : PNone.NONE);
        } else if (kind.isSubtypeOf(BuiltinType.OS_ERROR)) {
            if (args.size() >= 2 && args.size() <= 5) {
                ExceptionFields.set(e, ExceptionFields.ERRNO, args.get(0));
                ExceptionFields.set(e, ExceptionFields.STRERROR, args.get(1));
                if (args.size() >= 3) {
                    ExceptionFields.set(e, ExceptionFields.FILENAME, args.get(2));
                    // with a filename, args keeps only (errno, strerror) like CPython
                    e.setArgs(new PTuple(new Object[]{args.get(0), args.get(1)}));
                }
                if (args.size() >= 5) {
                    ExceptionFields.set(e, ExceptionFields.FILENAME2, args.get(4));
                }
            }
        } else if (kind.isSubtypeOf(BuiltinType.SYNTAX_ERROR)) {
            if (args.size() >= 1) {
                ExceptionFields.set(e, ExceptionFields.MSG, first);
            }
            if (args.size() == 2 && args.get(1) instanceof PTuple info && info.size() >= 4) {
                ExceptionFields.set(e, ExceptionFields.FILENAME, info.get(0));
                ExceptionFields.set(e, ExceptionFields.LINENO, info.get(1));
                ExceptionFields.set(e, ExceptionFields.OFFSET, info.get(2));
                ExceptionFields.set(e, ExceptionFields.TEXT, info.get(3));
                if (info.size() >= 6) {
                    ExceptionFields.set(e, ExceptionFields.END_LINENO, info.get(4));
                    ExceptionFields.set(e, ExceptionFields.END_OFFSET, info.get(5));
                }
            }
        }
    }

    /** The argument checks of {@code __init__} (beyond those of {@link #initFields}). */
    @TruffleBoundary
    public static void checkInitArgs(BuiltinType kind, PTuple args) {
        UnicodeErrors.checkInitArgs(kind, args);
    }

    @TruffleBoundary
    public static void initKeywords(PBaseException e, BuiltinType kind, PDict kwargs) {
        DictStorage s = kwargs.storage();
        for (int i = s.next(-1); i >= 0; i = s.next(i)) {
            String k = (String) s.keyAt(i);
            Object v = s.valueAt(i);
            if (kind.isSubtypeOf(BuiltinType.IMPORT_ERROR) && (k.equals("name") || k.equals("path") || k.equals("name_from"))) {
                ExceptionFields.set(e, k.equals("name") ? ExceptionFields.NAME : k.equals("path") ? ExceptionFields.PATH : ExceptionFields.NAME_FROM, v);
            } else if ((kind.isSubtypeOf(BuiltinType.ATTRIBUTE_ERROR) || kind.isSubtypeOf(BuiltinType.NAME_ERROR)) && k.equals("name")) {
                ExceptionFields.set(e, ExceptionFields.NAME, v);
            } else if (kind.isSubtypeOf(BuiltinType.ATTRIBUTE_ERROR) && k.equals("obj")) {
                ExceptionFields.set(e, ExceptionFields.OBJ, v);
            } else {
                throw PythonErrors.typeError("%s() got an unexpected keyword argument '%s'", kind.pythonName, k);
            }
        }
    }

    /** str(exc): "" for no args, str(arg) for one, str(args) otherwise; KeyError shows repr. */
    @TruffleBoundary
    public static String str(PBaseException e) {
        PTuple args = e.getArgs();
        BuiltinType kind = e.kind();
        if (kind.isSubtypeOf(BuiltinType.KEY_ERROR) && args.size() == 1) {
            return PyObjectStr.repr(args.get(0));
        }
        if (kind.isSubtypeOf(BuiltinType.OS_ERROR) && args.size() >= 2) {
            Object filename = ExceptionFields.get(e, ExceptionFields.FILENAME);
            Object filename2 = ExceptionFields.get(e, ExceptionFields.FILENAME2);
            String base = "[Errno " + PyObjectStr.str(args.get(0)) + "] " + PyObjectStr.str(args.get(1));
            if (filename != PNone.NONE) {
                base += ": " + PyObjectStr.repr(filename);
                if (filename2 != PNone.NONE) {
                    base += " -> " + PyObjectStr.repr(filename2);
                }
            }
            return base;
        }
        String unicode = UnicodeErrors.str(e);
        if (unicode != null) {
            return unicode;
        }
        if (kind.isSubtypeOf(BuiltinType.SYNTAX_ERROR)) {
            Object msg = ExceptionFields.get(e, ExceptionFields.MSG);
            Object filename = ExceptionFields.get(e, ExceptionFields.FILENAME);
            Object lineno = ExceptionFields.get(e, ExceptionFields.LINENO);
            String m = msg == PNone.NONE ? (args.size() > 0 ? PyObjectStr.str(args.get(0)) : "") : PyObjectStr.str(msg);
            if (filename instanceof String f && lineno instanceof Long l) {
                String base = f.substring(f.lastIndexOf('/') + 1);
                return m + " (" + base + ", line " + l + ")";
            }
            if (lineno instanceof Long l) {
                return m + " (line " + l + ")";
            }
            return m;
        }
        switch (args.size()) {
            case 0:
                return "";
            case 1:
                return PyObjectStr.str(args.get(0));
            default:
                return PyObjectStr.str(args);
        }
    }
}
