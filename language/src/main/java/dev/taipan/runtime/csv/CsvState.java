package dev.taipan.runtime.csv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/** The per-context state of {@code _csv}: the dialect registry and the field size limit. */
public final class CsvState {
    public final PDict dialects = new PDict();
    public long fieldLimit = 128 * 1024;

    public static CsvState get() {
        return TaipanContext.get(null).getModuleState(CsvState.class, CsvState::new);
    }

    /** The registered dialect called {@code name}; _csv.Error "unknown dialect" if none. */
    @TruffleBoundary
    public Object lookup(Object name) {
        Object d = dialects.getItem(name);
        if (d == null) {
            throw PythonErrors.raise(BuiltinType.CSV_ERROR, "unknown dialect");
        }
        return d;
    }
}
