package dev.taipan.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.dsl.Introspection;
import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;

/**
 * What Taipan's {@code dis} module shows: a code object's Bytecode DSL instructions as they are
 * now, so quickened forms ({@code load.local$Long}) and the active specializations of each
 * operation node appear once the code has warmed up.
 */
public final class CodeIntrospection {
    private CodeIntrospection() {
    }

    /**
     * (tier, [(offset, name, args, line, end_line, col, end_col), ...]) with args as
     * [(kind, name, repr), ...]; columns are 0-based character offsets, None when unknown.
     */
    @TruffleBoundary
    public static PTuple instructions(PCode code) {
        PBytecodeRootNode root = (PBytecodeRootNode) code.getRootNode();
        BytecodeNode bytecode = root.getBytecodeNode().ensureSourceInformation();
        List<Object> out = new ArrayList<>();
        for (Instruction insn : bytecode.getInstructions()) {
            if (insn.isInstrumentation()) {
                continue;
            }
            List<Object> args = new ArrayList<>();
            for (Instruction.Argument a : insn.getArguments()) {
                if (a.getKind() == Instruction.Argument.Kind.BYTECODE_INDEX && a.getName().startsWith("child")) {
                    continue;   // boxing-elimination bookkeeping, not part of the operation
                }
                args.add(PTuple.of(a.getKind().name().toLowerCase(), a.getName(), argumentRepr(bytecode, insn, a), argumentValue(a)));
            }
            SourceSection s = insn.getSourceSection();
            Object line = PNone.NONE;
            Object endLine = PNone.NONE;
            Object col = PNone.NONE;
            Object endCol = PNone.NONE;
            if (s != null && s.isAvailable()) {
                line = (long) s.getStartLine();
                endLine = (long) s.getEndLine();
                col = (long) s.getStartColumn() - 1;
                endCol = (long) s.getEndColumn();
            }
            out.add(PTuple.of((long) insn.getBytecodeIndex(), insn.getName(), new PList(args.toArray()), line, endLine, col, endCol, (long) insn.getOperationCode()));
        }
        return PTuple.of(bytecode.getTier().name().toLowerCase(), new PList(out.toArray()));
    }

    /** The argument as a Python value where it is one (constants, indices), else its repr. */
    private static Object argumentValue(Instruction.Argument a) {
        switch (a.getKind()) {
            case CONSTANT -> {
                Object c = a.asConstant();
                if (c instanceof PythonObject || c instanceof String || c instanceof Long || c instanceof Double || c instanceof Boolean) {
                    return c;
                }
                return PNone.NONE;
            }
            case BYTECODE_INDEX -> {
                return (long) a.asBytecodeIndex();
            }
            case INTEGER -> {
                return (long) a.asInteger();
            }
            default -> {
                return PNone.NONE;
            }
        }
    }

    private static final java.util.regex.Pattern ACCESSOR_OFFSET = java.util.regex.Pattern.compile("localOffset=(\\d+)");

    private static String argumentRepr(BytecodeNode bytecode, Instruction insn, Instruction.Argument a) {
        switch (a.getKind()) {
            case CONSTANT -> {
                Object c = a.asConstant();
                if (c instanceof String[] names) {
                    return String.join(", ", names);
                }
                if (c instanceof com.oracle.truffle.api.bytecode.LocalAccessor) {
                    // its toString is the only public view of the local it accesses
                    java.util.regex.Matcher m = ACCESSOR_OFFSET.matcher(c.toString());
                    if (m.find()) {
                        Object name = bytecode.getLocalName(insn.getBytecodeIndex(), Integer.parseInt(m.group(1)));
                        return name != null ? name.toString() : "$" + m.group(1);
                    }
                }
                if (c instanceof PythonObject || c instanceof String || c instanceof Long || c instanceof Double || c instanceof Boolean) {
                    return PyObjectStr.repr(c);
                }
                return String.valueOf(c);
            }
            case BYTECODE_INDEX -> {
                return "to " + a.asBytecodeIndex();
            }
            case INTEGER -> {
                return String.valueOf(a.asInteger());
            }
            case LOCAL_OFFSET -> {
                Object name = bytecode.getLocalName(insn.getBytecodeIndex(), a.asLocalOffset());
                return name != null ? name.toString() : "$" + a.asLocalOffset();
            }
            case LOCAL_INDEX -> {
                return "#" + a.asLocalIndex();
            }
            case NODE_PROFILE -> {
                List<String> active = new ArrayList<>();
                List<Introspection.SpecializationInfo> infos = a.getSpecializationInfo();
                if (infos == null) {
                    return "";   // uncached tier: no node yet
                }
                for (Introspection.SpecializationInfo info : infos) {
                    if (info.isActive()) {
                        active.add(info.getMethodName());
                    }
                }
                return active.isEmpty() ? "" : "{" + String.join(", ", active) + "}";
            }
            default -> {
                return a.toString();
            }
        }
    }
}
