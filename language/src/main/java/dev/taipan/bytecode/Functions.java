package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/** {@code def} and {@code lambda}: creating a function object at run time. */
final class Functions {
    private Functions() {
    }

    static Object make(VirtualFrame frame, PCode code, Object defaults, Object kwDefaults, Object annotations, Object[] closure) {
        PFunction enclosing = Names.function(frame);
        return create(enclosing.getGlobals(), enclosing.getBuiltins(), code, defaults, kwDefaults, annotations, closure);
    }

    @TruffleBoundary
    static PFunction create(PDict globals, PDict builtins, PCode code, Object defaults, Object kwDefaults, Object annotations, Object[] closure) {
        PCell[] cells = null;
        if (closure.length > 0) {
            cells = new PCell[closure.length];
            for (int i = 0; i < closure.length; i++) {
                cells[i] = (PCell) closure[i];
            }
        }
        Object[] defs = defaults instanceof PTuple t ? t.items() : null;
        PDict kwdefs = kwDefaults instanceof PDict d ? d : null;
        PFunction f = new PFunction(code, globals, builtins, code.getQualname(), defs, kwdefs, cells);
        Object module = globals.getString("__name__");
        if (module != null) {
            f.setModule(module);
        }
        f.setDoc(code.getDocstring() == null ? PNone.NONE : code.getDocstring());
        if (annotations instanceof PDict a) {
            f.setAnnotations(a);
        }
        return f;
    }
}
