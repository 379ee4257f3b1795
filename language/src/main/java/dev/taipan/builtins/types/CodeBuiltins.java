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

    /** {@code replace(**changes)}: the metadata can change; the bytecode is Taipan's own and stays. */
    @Builtin(name = "replace", params = {"self"}, varkw = "changes")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonBinaryBuiltinNode {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static Object doReplace(Object self, Object changesObj) {
            PCode c = (PCode) self;
            String name = c.getName();
            String qualname = c.getQualname();
            String filename = c.getFilename();
            int firstLine = c.getFirstLineNo();
            int flags = c.getFlags();
            dev.taipan.runtime.dict.PDict changes = (dev.taipan.runtime.dict.PDict) changesObj;
            for (Object key : dev.taipan.runtime.sequence.SequenceOps.toArray(changes)) {
                Object v = changes.getItem(key);
                switch ((String) key) {
                    case "co_name" -> name = str(key, v);
                    case "co_qualname" -> qualname = str(key, v);
                    case "co_filename" -> filename = str(key, v);
                    case "co_firstlineno" -> firstLine = dev.taipan.runtime.abstractops.PyNumberConvert.asInt(v);
                    case "co_flags" -> flags = dev.taipan.runtime.abstractops.PyNumberConvert.asInt(v);
                    default -> {
                        Object current = dev.taipan.runtime.abstractops.GenericAttributes.lookupAttribute(c, (String) key);
                        if (current == null) {
                            throw dev.taipan.runtime.exceptions.PythonErrors.typeError("replace() got an unexpected keyword argument '%s'", key);
                        }
                        if (!dev.taipan.runtime.abstractops.PyObjectRichCompareBool.eqUncached(current, v)) {
                            throw dev.taipan.runtime.exceptions.PythonErrors.valueError("Taipan cannot replace %s: its code objects run Truffle bytecode", key);
                        }
                    }
                }
            }
            return c.withMetadata(name, qualname, filename, firstLine, flags);
        }

        private static String str(Object key, Object v) {
            if (!(v instanceof String s)) {
                throw dev.taipan.runtime.exceptions.PythonErrors.typeError("replace() argument '%s' must be str, not %s", key,
                                dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(v));
            }
            return s;
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

    @Builtin(name = "co_positions", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CoPositionsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doPositions(Object self) {
            return CodePositions.positionsIterator((PCode) self);
        }
    }

    @Builtin(name = "co_lnotab", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoLnotabNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return CodePositions.lnotab((PCode) self);
        }
    }

    @Builtin(name = "co_linetable", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoLinetableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return CodePositions.linetable((PCode) self);
        }
    }

    @Builtin(name = "co_exceptiontable", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoExceptionTableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return CodePositions.exceptionTable((PCode) self);
        }
    }

    /** The name of local variable slot i, counting co_varnames, then co_cellvars, then co_freevars. */
    @Builtin(name = "_varname_from_oparg", params = {"self", "oparg"})
    @GenerateNodeFactory
    public abstract static class VarnameFromOpargNode extends PythonBinaryBuiltinNode {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static Object doName(Object self, Object oparg) {
            PCode c = (PCode) self;
            long i = dev.taipan.runtime.abstractops.PyNumberConvert.asSsizeOfInt(oparg);
            for (String[] names : new String[][]{c.getVarnames(), c.getCellvars(), c.getFreevars()}) {
                if (i >= 0 && i < names.length) {
                    return names[(int) i];
                }
                i -= names.length;
            }
            throw dev.taipan.runtime.exceptions.PythonErrors.indexError("tuple index out of range");
        }
    }

    /**
     * The instructions in their current quickened forms, one 2-byte unit each (the DSL's
     * operation code of the quickened instruction, then 0), as CPython's adaptive bytecode.
     */
    @Builtin(name = "_co_code_adaptive", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CoCodeAdaptiveNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return CodeInfo.bytecode((PCode) self);
        }
    }

    @Builtin(name = "co_name", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoNameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getName();
        }
    }

    @Builtin(name = "co_qualname", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoQualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getQualname();
        }
    }

    @Builtin(name = "co_filename", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoFilenameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return c.getFilename();
        }
    }

    @Builtin(name = "co_firstlineno", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoFirstlinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getFirstLineNo();
        }
    }

    @Builtin(name = "co_argcount", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoArgcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getArgCount();
        }
    }

    @Builtin(name = "co_posonlyargcount", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoPosonlyargcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getPosOnlyArgCount();
        }
    }

    @Builtin(name = "co_kwonlyargcount", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoKwonlyargcountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getKwOnlyArgCount();
        }
    }

    @Builtin(name = "co_flags", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoFlagsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return (long) c.getFlags();
        }
    }

    @Builtin(name = "co_nlocals", params = {"self", "value"}, isGetter = true, isMember = true)
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

    @Builtin(name = "co_names", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoNamesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return CodeInfo.names(c);
        }
    }

    @Builtin(name = "co_consts", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class CoConstsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            PCode c = (PCode) self;
            return CodeInfo.consts(c);
        }
    }

    @Builtin(name = "co_stacksize", params = {"self", "value"}, isGetter = true, isMember = true)
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
