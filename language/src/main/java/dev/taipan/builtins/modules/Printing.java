package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.io.PTextIOWrapper;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PNone;

/** {@code print()}: str() of each argument written to the file (sys.stdout by default). */
final class Printing {
    private Printing() {
    }

    @TruffleBoundary
    static void print(Object[] args, Object sep, Object end, Object file, Object flush) {
        Object out = file == PNone.NO_VALUE || file == PNone.NONE ? TaipanContext.get(null).getSysModule().getAttribute("stdout") : file;
        if (out == null || out == PNone.NONE) {
            return;
        }
        String sepStr = text(sep, " ", "sep");
        String endStr = text(end, "\n", "end");
        if (out instanceof PTextIOWrapper t && RawCalls.isPlain(t)) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(sepStr);
                }
                sb.append(PyObjectStr.str(args[i]));
            }
            sb.append(endStr);
            t.write(sb.toString());
        } else {
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    write(out, sepStr);
                }
                write(out, PyObjectStr.str(args[i]));
            }
            write(out, endStr);
        }
        if (flush != PNone.NO_VALUE && PyObjectIsTrue.execute(flush)) {
            flush(out);
        }
    }

    private static String text(Object v, String dflt, String what) {
        if (v == PNone.NO_VALUE || v == PNone.NONE) {
            return dflt;
        }
        if (v instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("%s must be None or a string, not %s", what, PyObjectGetClass.typeName(v));
    }

    @TruffleBoundary
    static void write(Object out, String s) {
        if (out instanceof PTextIOWrapper t && RawCalls.isPlain(t)) {
            t.write(s);
        } else if (out instanceof dev.taipan.runtime.io.PStringIO io && io.getExplicitClass() == null) {
            // a plain StringIO's write cannot be replaced: no method lookup, no bound method
            io.write(s);
        } else {
            CallDispatch.call(GenericAttributes.getAttribute(out, "write"), s);
        }
    }

    @TruffleBoundary
    static void flush(Object out) {
        if (out instanceof PTextIOWrapper t && RawCalls.isPlain(t)) {
            t.flush();
        } else {
            Object f = GenericAttributes.lookupAttribute(out, "flush");
            if (f != null) {
                CallDispatch.call(f);
            }
        }
    }
}
