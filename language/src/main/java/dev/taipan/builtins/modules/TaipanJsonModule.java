package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.json.JsonEncoder;
import dev.taipan.runtime.json.JsonScanner;
import dev.taipan.runtime.json.JsonStrings;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code _taipan_json}: the Java half of Taipan's {@code _json} (json's accelerator; the Python
 * half, _json.py, makes the scanner and encoder objects). Indices are code points, as in
 * Python; a decoding error calls the given {@code error(msg, s, pos)}, which raises
 * json.decoder.JSONDecodeError.
 */
public final class TaipanJsonModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_taipan_json";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(TaipanJsonModuleFactory::getFactories);
    }

    static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("first argument must be a string, not %s", PyObjectGetClass.typeName(o));
    }

    /** The Python (code point) index of char position {@code charPos}, which may lie past the end. */
    private static long index(String s, int charPos) {
        return s.codePointCount(0, Math.min(charPos, s.length()));
    }

    /** Raises JSONDecodeError through the Python-side error function. */
    static RuntimeException fail(Object error, String s, JsonStrings.Failure f) {
        CallDispatch.call(error, f.getMessage(), s, index(s, f.charPos));
        return PythonErrors.valueError("%s", f.getMessage());   // not reached: error() raises
    }

    @Builtin(name = "scanstring", params = {"string", "end", "strict", "error"})
    @GenerateNodeFactory
    public abstract static class ScanStringNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doScan(Object string, Object endObj, Object strict, Object error) {
            String s = str(string);
            long end = PyNumberConvert.asSize(endObj, BuiltinType.OVERFLOW_ERROR);
            int len = StringOps.codePointLength(s);
            if (end < 0 || end > len) {
                throw PythonErrors.valueError("end is out of bounds");
            }
            int[] out = new int[1];
            try {
                String v = JsonStrings.scan(s, StringOps.charOffset(s, (int) end), PyObjectIsTrue.execute(strict), out);
                return PTuple.of(v, index(s, out[0]));
            } catch (JsonStrings.Failure f) {
                throw fail(error, s, f);
            }
        }
    }

    @Builtin(name = "encode_basestring_ascii", params = {"s"})
    @GenerateNodeFactory
    public abstract static class EncodeAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object s) {
            return JsonStrings.encodeAscii(str(s));
        }
    }

    @Builtin(name = "encode_basestring", params = {"s"})
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object s) {
            return JsonStrings.encode(str(s));
        }
    }

    /** scan_once(scanner, string, idx, error) -> (value, end); StopIteration(idx) when no value starts there. */
    @Builtin(name = "scan_once", params = {"scanner", "string", "idx", "error"})
    @GenerateNodeFactory
    public abstract static class ScanOnceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doScan(Object scanner, Object string, Object idxObj, Object error) {
            String s = str(string);
            long idx = PyNumberConvert.asSize(idxObj, BuiltinType.OVERFLOW_ERROR);
            if (idx < 0) {
                throw PythonErrors.valueError("idx cannot be negative");
            }
            int len = StringOps.codePointLength(s);
            if (idx >= len) {
                throw PythonErrors.stopIteration(idx);
            }
            int[] end = new int[1];
            try {
                Object v = new JsonScanner(scanner, s).scanOnce(StringOps.charOffset(s, (int) idx), end);
                return PTuple.of(v, index(s, end[0]));
            } catch (JsonScanner.NoValue e) {
                throw PythonErrors.stopIteration(index(s, e.charPos));
            } catch (JsonStrings.Failure f) {
                throw fail(error, s, f);
            }
        }
    }

    /** encode(encoder, obj, ascii_fn, plain_fn) -> the JSON text (ascii_fn/plain_fn: this module's str encoders). */
    @Builtin(name = "encode", params = {"encoder", "obj", "ascii_fn", "plain_fn"})
    @GenerateNodeFactory
    public abstract static class EncodeObjNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEncode(Object encoder, Object obj, Object asciiFn, Object plainFn) {
            return new JsonEncoder(encoder, asciiFn, plainFn).encode(obj);
        }
    }
}
