package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.builtins.types.BufferedBuiltins;
import dev.taipan.builtins.types.FileIOBuiltins;
import dev.taipan.builtins.types.IoDefaults;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.IoErrors;
import dev.taipan.runtime.io.PBuffered;
import dev.taipan.runtime.io.PFileIO;
import dev.taipan.runtime.io.PTextIOWrapper;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _io}: the io class hierarchy (see runtime/io and the *IOBuiltins) and open(). */
public final class IoModule implements BuiltinRegistry.ModuleDefinition {
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    public static final List<BuiltinType> TYPES = List.of(BuiltinType.IO_BASE, BuiltinType.RAW_IO_BASE, BuiltinType.BUFFERED_IO_BASE, BuiltinType.TEXT_IO_BASE,
                    BuiltinType.FILE_IO, BuiltinType.BYTES_IO, BuiltinType.STRING_IO, BuiltinType.BUFFERED_READER, BuiltinType.BUFFERED_WRITER,
                    BuiltinType.BUFFERED_RANDOM, BuiltinType.BUFFERED_RWPAIR, BuiltinType.TEXT_IO_WRAPPER, BuiltinType.INCREMENTAL_NEWLINE_DECODER);

    @Override
    public String name() {
        return "_io";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(IoModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        for (BuiltinType t : TYPES) {
            m.setAttribute(t.pythonName, ctx.getBuiltinClass(t));
        }
        m.setAttribute("DEFAULT_BUFFER_SIZE", (long) DEFAULT_BUFFER_SIZE);
        // io.open is builtins.open
        m.setAttribute("open", ctx.getBuiltinsModule().getAttribute("open"));
        m.setAttribute("UnsupportedOperation", IoErrors.unsupportedOperationClass());
        m.setAttribute("BlockingIOError", ctx.getBuiltinClass(BuiltinType.BLOCKING_IO_ERROR));
    }

    /** The standard stream {@code fd} as CPython builds it: TextIOWrapper over a buffered FileIO. */
    @TruffleBoundary
    public static PTextIOWrapper standardStream(int fd, boolean write, boolean lineBuffered, boolean unbuffered) {
        PFileIO raw = PFileIO.forFd(fd, !write, write);
        GenericAttributes.setAttribute(raw, "name", fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
        Object buf = raw;
        if (!(write && unbuffered)) {
            // like CPython, -u leaves the binary layer of stdout and stderr unbuffered
            PBuffered b = new PBuffered(null, write ? BuiltinType.BUFFERED_WRITER : BuiltinType.BUFFERED_READER);
            b.init(raw, DEFAULT_BUFFER_SIZE);
            buf = b;
        }
        PTextIOWrapper t = new PTextIOWrapper(null);
        t.init(buf, "utf-8", fd == 2 ? "backslashreplace" : "strict", null, lineBuffered, unbuffered);
        GenericAttributes.setAttribute(t, "mode", write ? "w" : "r");
        return t;
    }

    @TruffleBoundary
    static Object open(Object file, Object modeObj, Object bufferingObj, Object encodingObj, Object errorsObj, Object newlineObj, Object closefdObj, Object opener) {
        TaipanContext ctx = TaipanContext.get(null);
        String mode = modeObj == PNone.NO_VALUE ? "r" : modeObj instanceof String s ? s : PPrimitiveObject.strValue(modeObj);
        if (mode == null) {
            throw PythonErrors.typeError("open() argument 'mode' must be str, not %s", PyObjectGetClass.typeName(modeObj));
        }
        if (!(file instanceof String || file instanceof Long || file instanceof Boolean || file instanceof dev.taipan.runtime.objects.PBytes
                        || PyObjectGetClass.get(file).lookup("__fspath__") != null || PPrimitiveObject.strValue(file) != null)) {
            throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not %s", PyObjectGetClass.typeName(file));
        }
        long buffering = bufferingObj == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(bufferingObj, BuiltinType.OVERFLOW_ERROR);
        String encoding = encodingObj == PNone.NO_VALUE || encodingObj == PNone.NONE ? null : str(encodingObj, "encoding");
        String errors = errorsObj == PNone.NO_VALUE || errorsObj == PNone.NONE ? null : str(errorsObj, "errors");
        String newline = newlineObj == PNone.NO_VALUE || newlineObj == PNone.NONE ? null : str(newlineObj, "newline");
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("axrwb+t".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PythonErrors.valueError("invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PythonErrors.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PythonErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PythonErrors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PythonErrors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PythonErrors.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw PythonErrors.valueError("illegal newline value: %s", newline);
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "") + (updating ? "+" : "");
        PFileIO raw = new PFileIO(ctx.getBuiltinClass(BuiltinType.FILE_IO));
        FileIOBuiltins.init(raw, file, rawMode, closefdObj, opener);
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.isTerminal())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PythonErrors.valueError("can't have unbuffered text I/O");
            }
            BuiltinType kind = updating ? BuiltinType.BUFFERED_RANDOM : (creating || writing || appending) ? BuiltinType.BUFFERED_WRITER : BuiltinType.BUFFERED_READER;
            PBuffered buffer = new PBuffered(ctx.getBuiltinClass(kind), kind);
            BufferedBuiltins.init(buffer, raw, buffering);
            if (binary) {
                return buffer;
            }
            PTextIOWrapper t = new PTextIOWrapper(ctx.getBuiltinClass(BuiltinType.TEXT_IO_WRAPPER));
            t.init(buffer, encoding == null || encoding.equals("locale") ? IoDefaults.localeEncoding() : encoding, errors == null ? "strict" : errors, newline, lineBuffering, false);
            GenericAttributes.setAttribute(t, "mode", mode);
            return t;
        } catch (PException e) {
            try {
                raw.close();
            } catch (PException e2) {
                // report the first error
            }
            throw e;
        }
    }

    private static String str(Object o, String what) {
        String s = o instanceof String x ? x : PPrimitiveObject.strValue(o);
        if (s == null) {
            throw PythonErrors.typeError("open() argument '%s' must be str or None, not %s", what, PyObjectGetClass.typeName(o));
        }
        return s;
    }

    @Builtin(name = "open", params = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class OpenNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doOpen(Object[] a) {
            return open(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
        }
    }

    @Builtin(name = "open_code", params = {"path"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class OpenCodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doOpenCode(Object path) {
            if (!(path instanceof String)) {
                throw PythonErrors.typeError("open_code() argument 'path' must be str, not %s", PyObjectGetClass.typeName(path));
            }
            return open(path, "rb", PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE);
        }
    }

    @Builtin(name = "text_encoding", params = {"encoding", "stacklevel"}, required = 1)
    @GenerateNodeFactory
    public abstract static class TextEncodingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTextEncoding(Object encoding, Object stacklevel) {
            if (encoding != PNone.NONE) {
                return encoding;
            }
            return IoDefaults.localeEncoding().equals("utf-8") ? "utf-8" : "locale";
        }
    }

    static boolean truthy(Object o) {
        return PyObjectIsTrue.execute(o);
    }
}
