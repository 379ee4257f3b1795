package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.objects.PNone;

/**
 * The extra fields some exception classes have in CPython (members of the C struct), kept in the
 * exception object's shape under hidden keys so they never appear in {@code __dict__}. Getset
 * descriptors on the exception classes expose them.
 */
public final class ExceptionFields {
    private ExceptionFields() {
    }

    public static final HiddenKey VALUE = new HiddenKey("value");
    public static final HiddenKey CODE = new HiddenKey("code");
    public static final HiddenKey ERRNO = new HiddenKey("errno");
    public static final HiddenKey STRERROR = new HiddenKey("strerror");
    public static final HiddenKey FILENAME = new HiddenKey("filename");
    public static final HiddenKey FILENAME2 = new HiddenKey("filename2");
    public static final HiddenKey CHARACTERS_WRITTEN = new HiddenKey("characters_written");
    public static final HiddenKey MSG = new HiddenKey("msg");
    public static final HiddenKey LINENO = new HiddenKey("lineno");
    public static final HiddenKey OFFSET = new HiddenKey("offset");
    public static final HiddenKey TEXT = new HiddenKey("text");
    public static final HiddenKey END_LINENO = new HiddenKey("end_lineno");
    public static final HiddenKey END_OFFSET = new HiddenKey("end_offset");
    public static final HiddenKey PRINT_FILE_AND_LINE = new HiddenKey("print_file_and_line");
    public static final HiddenKey NAME = new HiddenKey("name");
    public static final HiddenKey PATH = new HiddenKey("path");
    public static final HiddenKey NAME_FROM = new HiddenKey("name_from");
    public static final HiddenKey OBJ = new HiddenKey("obj");
    public static final HiddenKey ENCODING = new HiddenKey("encoding");
    public static final HiddenKey OBJECT = new HiddenKey("object");
    public static final HiddenKey START = new HiddenKey("start");
    public static final HiddenKey END = new HiddenKey("end");
    public static final HiddenKey REASON = new HiddenKey("reason");
    public static final HiddenKey MESSAGE = new HiddenKey("message");
    public static final HiddenKey EXCEPTIONS = new HiddenKey("exceptions");

    /** The field's value, None when never set. */
    @TruffleBoundary
    public static Object get(PBaseException e, HiddenKey key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(e, key, PNone.NONE);
    }

    @TruffleBoundary
    public static void set(PBaseException e, HiddenKey key, Object value) {
        DynamicObjectLibrary.getUncached().put(e, key, value);
    }
}
