package dev.taipan.runtime.format;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The rest of {@code _string.formatter_field_name_split(name)}: yields {@code (is_attr, key)}
 * for each {@code .attr} or {@code [key]} (an int key when it is all digits).
 */
public final class PFieldNameIterator extends PBuiltinIterator {
    private final FormatFieldName name;

    public PFieldNameIterator(FormatFieldName name) {
        this.name = name;
    }

    @Override
    public Object next() {
        FormatFieldName.Part p = name.next();
        if (p == null) {
            return null;
        }
        Object key = p.index() >= 0 ? (Object) p.index() : p.name();
        return new PTuple(new Object[]{p.isAttribute(), key});
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FIELDNAME_ITERATOR;
    }
}
