package dev.taipan.builtins.types;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.iterators.PArrayIterator;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Source positions per instruction. Taipan's co_code holds one 2-byte unit per DSL instruction,
 * so co_positions() yields one (lineno, end_lineno, col_offset, end_col_offset) per instruction,
 * read from the instruction's source section (columns 0-based UTF-8 offsets, end exclusive, as
 * in CPython); f_lasti and tb_lasti count in the same units (PFrame.lasti).
 */
final class CodePositions {
    private CodePositions() {
    }

    /** One {line, endLine, col, endCol} per instruction; -1 where the position is unknown. */
    @TruffleBoundary
    static List<int[]> positions(PCode c) {
        BytecodeNode node = CodeInfo.bytecode(c, true);
        List<int[]> out = new ArrayList<>();
        for (Instruction ins : node.getInstructionsAsList()) {
            SourceSection s = node.getSourceLocation(ins.getBytecodeIndex());
            if (s == null || !s.isAvailable() || !s.hasLines()) {
                out.add(new int[]{-1, -1, -1, -1});
            } else if (!s.hasColumns()) {
                out.add(new int[]{s.getStartLine(), s.getEndLine(), -1, -1});
            } else {
                // columns in UTF-8 bytes, as CPython's (traceback.py converts them back to characters)
                out.add(new int[]{s.getStartLine(), s.getEndLine(), CodeInfo.utf8Column(s.getSource(), s.getStartLine(), s.getStartColumn() - 1),
                                CodeInfo.utf8Column(s.getSource(), s.getEndLine(), s.getEndColumn())});
            }
        }
        return out;
    }

    static Object positionsIterator(PCode c) {
        List<int[]> ps = positions(c);
        Object[] items = new Object[ps.size()];
        for (int i = 0; i < items.length; i++) {
            int[] p = ps.get(i);
            items[i] = PTuple.of(opt(p[0]), opt(p[1]), opt(p[2]), opt(p[3]));
        }
        return new PArrayIterator(items, BuiltinType.TUPLE_ITERATOR);
    }

    private static Object opt(int v) {
        return v < 0 ? PNone.NONE : (Object) (long) v;
    }

    /**
     * co_lnotab in CPython's (deprecated) format, over Taipan's co_code offsets: pairs of
     * (offset increment 0..255, line increment -128..127 as a signed byte), starting from
     * co_firstlineno and offset 0; larger steps are split across several pairs.
     */
    @TruffleBoundary
    static Object lnotab(PCode c) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int line = c.getFirstLineNo();
        int offset = 0;
        List<int[]> ps = positions(c);
        for (int i = 0; i < ps.size(); i++) {
            int l = ps.get(i)[0];
            if (l < 0 || l == line) {
                continue;
            }
            int dOff = 2 * i - offset;
            int dLine = l - line;
            while (dOff > 255) {
                b.write(255);
                b.write(0);
                dOff -= 255;
            }
            while (dLine > 127 || dLine < -128) {
                int step = dLine > 0 ? 127 : -128;
                b.write(dOff);
                b.write(step);
                dOff = 0;
                dLine -= step;
            }
            b.write(dOff);
            b.write(dLine);
            offset = 2 * i;
            line = l;
        }
        return new PBytes(b.toByteArray());
    }

    /**
     * co_linetable in Taipan's own encoding (CPython's is tied to its own instruction format):
     * one entry per instruction, four unsigned varints (7 bits per byte, high bit = more):
     * 1 + zigzag(line - previous line, starting at co_firstlineno), end_line - line, col + 1,
     * end_col + 1; an entry whose first varint is 0 with all others 0 means "no position".
     * Unknown columns are 0.
     */
    @TruffleBoundary
    static Object linetable(PCode c) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int prev = c.getFirstLineNo();
        for (int[] p : positions(c)) {
            if (p[0] < 0) {
                varint(b, 0);
                varint(b, 0);
                varint(b, 0);
                varint(b, 0);
                continue;
            }
            int delta = p[0] - prev;
            // zigzag so that "same line" (0) stays distinguishable from "no position" by the rest
            varint(b, ((delta << 1) ^ (delta >> 31)) + 1);
            varint(b, p[1] - p[0]);
            varint(b, p[2] + 1);
            varint(b, p[3] + 1);
            prev = p[0];
        }
        return new PBytes(b.toByteArray());
    }

    /**
     * co_exceptiontable in Taipan's own encoding: for each try region of the DSL bytecode (the
     * regular, CUSTOM handlers; in nesting order as the bytecode lists them), three unsigned
     * varints as above: start offset, end offset (exclusive) and handler offset, all in co_code
     * units (2 bytes per instruction) so they index co_code and co_positions() alike.
     */
    @TruffleBoundary
    static Object exceptionTable(PCode c) {
        BytecodeNode node = CodeInfo.bytecode(c, true);
        java.util.Map<Integer, Integer> offsets = new java.util.HashMap<>();
        List<Instruction> ins = node.getInstructionsAsList();
        for (int i = 0; i < ins.size(); i++) {
            offsets.put(ins.get(i).getBytecodeIndex(), 2 * i);
        }
        int endOffset = 2 * ins.size();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (com.oracle.truffle.api.bytecode.ExceptionHandler h : node.getExceptionHandlers()) {
            if (h.getKind() != com.oracle.truffle.api.bytecode.ExceptionHandler.HandlerKind.CUSTOM) {
                continue;
            }
            varint(b, offsets.getOrDefault(h.getStartBytecodeIndex(), endOffset));
            varint(b, offsets.getOrDefault(h.getEndBytecodeIndex(), endOffset));
            varint(b, offsets.getOrDefault(h.getHandlerBytecodeIndex(), endOffset));
        }
        return new PBytes(b.toByteArray());
    }

    private static void varint(ByteArrayOutputStream b, int v) {
        while ((v & ~0x7f) != 0) {
            b.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        b.write(v);
    }
}
