package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.csv.PCsvReader;
import dev.taipan.runtime.csv.PCsvWriter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;

/** The attributes of {@code _csv.reader} (an iterator) and the methods of {@code _csv.writer}. */
public final class CsvReaderWriterBuiltins {
    private CsvReaderWriterBuiltins() {
    }

    static PCsvWriter writer(Object o) {
        if (o instanceof PCsvWriter w) {
            return w;
        }
        throw PythonErrors.typeError("descriptor requires a '_csv.writer' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    static PCsvReader reader(Object o) {
        if (o instanceof PCsvReader r) {
            return r;
        }
        throw PythonErrors.typeError("descriptor requires a '_csv.reader' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "line_num", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LineNumNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return reader(self).lineNum();
        }
    }

    @Builtin(name = "dialect", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DialectNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self instanceof PCsvReader r ? r.dialect : writer(self).dialect;
        }
    }

    @Builtin(name = "writerow", params = {"self", "row"})
    @GenerateNodeFactory
    public abstract static class WriteRowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object row) {
            return writer(self).writeRow(row);
        }
    }

    @Builtin(name = "writerows", params = {"self", "rows"})
    @GenerateNodeFactory
    public abstract static class WriteRowsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object rows) {
            PCsvWriter w = writer(self);
            Object it = PyObjectIter.getIter(rows);
            for (Object row = PyObjectIter.next(it); row != null; row = PyObjectIter.next(it)) {
                w.writeRow(row);
            }
            return PNone.NONE;
        }
    }
}
