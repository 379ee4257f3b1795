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

    @TruffleBoundary
    static Object names(PCode c) {
        c.getRootNode();
        return new PTuple(c.getNames().clone());
    }

    @TruffleBoundary
    static Object consts(PCode c) {
        c.getRootNode();
        Object[] consts = c.getConsts();
        if (consts.length == 0 && c.getDocstring() != null) {
            return PTuple.of(c.getDocstring());
        }
        return new PTuple(consts.clone());
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
