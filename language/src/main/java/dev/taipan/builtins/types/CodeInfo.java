package dev.taipan.builtins.types;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.bytecode.PBytecodeRootNode;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.iterators.PArrayIterator;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Derived code-object data: co_lines, co_consts, co_names, co_code from the bytecode. */
final class CodeInfo {
    private CodeInfo() {
    }

    static BytecodeNode bytecode(PCode c, boolean unused) {
        RootNode root = c.getRootNode();
        return ((PBytecodeRootNode) root).getBytecodeNode();
    }

    /** (start, end, line) for each instruction range, as co_lines() yields. */
    @TruffleBoundary
    static Object lines(PCode c) {
        BytecodeNode node = bytecode(c, true);
        List<Object> out = new ArrayList<>();
        int lastLine = Integer.MIN_VALUE;
        int rangeStart = 0;
        for (Instruction ins : node.getInstructions()) {
            SourceSection s = node.getSourceLocation(ins.getBytecodeIndex());
            int line = s == null || !s.isAvailable() ? -1 : s.getStartLine();
            if (line != lastLine) {
                if (lastLine != Integer.MIN_VALUE) {
                    out.add(PTuple.of((long) rangeStart, (long) ins.getBytecodeIndex(), lastLine < 0 ? PNone.NONE : (Object) (long) lastLine));
                }
                lastLine = line;
                rangeStart = ins.getBytecodeIndex();
            }
        }
        if (lastLine != Integer.MIN_VALUE) {
            out.add(PTuple.of((long) rangeStart, (long) node.getBytecodeLocation(rangeStart).getBytecodeIndex() + 1, lastLine < 0 ? PNone.NONE : (Object) (long) lastLine));
        }
        return new PArrayIterator(out.toArray(), BuiltinType.TUPLE_ITERATOR);
    }

    /** The UTF-8 byte offset of character column {@code col} (0-based) on {@code line}. */
    static int utf8Column(com.oracle.truffle.api.source.Source src, int line, int col) {
        CharSequence text = src.getCharacters(line);
        int end = Math.min(col, text.length());
        return text.subSequence(0, end).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + Math.max(0, col - end);
    }

    /** co_names: the global, attribute and module-level names the instructions use. */
    @TruffleBoundary
    static Object names(PCode c) {
        collectNamesAndConsts(c);
        return new PTuple(c.getNames().clone());
    }

    /**
     * co_names and co_consts are not stored by the compiler: they are read off the instructions
     * (constant operands named "name" are names; loaded constants and nested code are constants)
     * the first time they are asked for, with the docstring first as in CPython.
     */
    private static void collectNamesAndConsts(PCode c) {
        if (c.getNames().length > 0 || c.getConsts().length > 0) {
            return;
        }
        BytecodeNode node = bytecode(c, true);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        List<Object> consts = new ArrayList<>();
        if (c.getDocstring() != null) {
            consts.add(c.getDocstring());
        }
        for (Instruction ins : node.getInstructions()) {
            for (Instruction.Argument a : ins.getArguments()) {
                if (a.getKind() != Instruction.Argument.Kind.CONSTANT) {
                    continue;
                }
                Object v = a.asConstant();
                if (a.getName().equals("name") && v instanceof String str) {
                    names.add(str);
                } else if ((a.getName().equals("constant") || v instanceof PCode) && v != PNone.NO_VALUE && isPythonConstant(v) && !containsIdentical(consts, v)) {
                    consts.add(v);
                }
            }
        }
        c.setNamesAndConsts(names.toArray(new String[0]), consts.toArray());
    }

    private static boolean isPythonConstant(Object v) {
        return v instanceof PCode || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof java.math.BigInteger
                        || v instanceof PNone || v instanceof dev.taipan.runtime.objects.PythonObject;
    }

    private static boolean containsIdentical(List<Object> list, Object v) {
        for (Object o : list) {
            if (o == v || (o.getClass() == v.getClass() && !(v instanceof dev.taipan.runtime.objects.PythonObject) && o.equals(v))) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    static Object consts(PCode c) {
        collectNamesAndConsts(c);
        return new PTuple(c.getConsts().clone());
    }

    /** The DSL bytecode has no CPython encoding; co_code is the instruction opcode list as bytes. */
    @TruffleBoundary
    static Object bytecode(PCode c) {
        BytecodeNode node = bytecode(c, true);
        List<Instruction> ins = node.getInstructionsAsList();
        byte[] b = new byte[ins.size() * 2];
        for (int i = 0; i < ins.size(); i++) {
            b[2 * i] = (byte) ins.get(i).getOperationCode();
        }
        return new PBytes(b);
    }
}
