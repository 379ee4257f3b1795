package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PTuple;

/** Code objects: CPython's co_* attributes. */
public final class CodeBuiltins {
    private CodeBuiltins() {
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            PCode c = (PCode) self;
            return "<code object " + c.getName() + " at " + dev.taipan.runtime.objects.ObjectIds.address(c) + ", file \"" + c.getFilename() + "\", line " + c.getFirstLineNo() + ">";
        }
    }

    @Builtin(name = "co_lines", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CoLinesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLines(Object self) {
            return CodeInfo.lines((PCode) self);
        }
    }

    @Builtin(name = "co_name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoNameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getName();
        }
    }

    @Builtin(name = "co_qualname", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoQualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getQualname();
        }
    }

    @Builtin(name = "co_filename", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoFilenameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getFilename();
        }
    }

    @Builtin(name = "co_firstlineno", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoFirstlinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getFirstLineNo();
        }
    }

    @Builtin(name = "co_argcount", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoArgcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getArgCount();
        }
    }

    @Builtin(name = "co_posonlyargcount", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoPosonlyargcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getPosOnlyArgCount();
        }
    }

    @Builtin(name = "co_kwonlyargcount", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoKwonlyargcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getKwOnlyArgCount();
        }
    }

    @Builtin(name = "co_flags", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoFlagsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getFlags();
        }
    }

    @Builtin(name = "co_nlocals", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoNlocalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getVarnames().length;
        }
    }

    @Builtin(name = "co_varnames", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoVarnamesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return new PTuple(c.getVarnames().clone());
        }
    }

    @Builtin(name = "co_cellvars", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoCellvarsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return new PTuple(c.getCellvars().clone());
        }
    }

    @Builtin(name = "co_freevars", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoFreevarsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return new PTuple(c.getFreevars().clone());
        }
    }

    @Builtin(name = "co_names", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoNamesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return CodeInfo.names(c);
        }
    }

    @Builtin(name = "co_consts", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoConstsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return CodeInfo.consts(c);
        }
    }

    @Builtin(name = "co_stacksize", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoStacksizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return 0L;
        }
    }

    @Builtin(name = "co_code", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoCodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return CodeInfo.bytecode(c);
        }
    }
}
