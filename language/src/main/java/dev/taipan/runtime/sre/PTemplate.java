package dev.taipan.runtime.sre;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A compiled replacement template ({@code _sre.template}): literal, then pairs of group index
 * and literal. Empty literals are null.
 */
public final class PTemplate extends PythonObject {
    public final Object firstLiteral;
    public final int[] groupIndexes;
    public final Object[] literals;

    public PTemplate(Object firstLiteral, int[] groupIndexes, Object[] literals) {
        this.firstLiteral = firstLiteral;
        this.groupIndexes = groupIndexes;
        this.literals = literals;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SRE_TEMPLATE;
    }
}
