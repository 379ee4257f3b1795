package dev.taipan.runtime.format;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code _string.formatter_parser(s)}: yields {@code (literal, field_name, format_spec,
 * conversion)} for each chunk of a format string (string.Formatter.parse).
 */
public final class PFormatterIterator extends PBuiltinIterator {
    private final FormatMarkup markup;

    public PFormatterIterator(String s) {
        this.markup = new FormatMarkup(s);
    }

    @Override
    public Object next() {
        FormatMarkup.Chunk c = markup.next();
        if (c == null) {
            return null;
        }
        if (!c.fieldPresent()) {
            return new PTuple(new Object[]{c.literal(), PNone.NONE, PNone.NONE, PNone.NONE});
        }
        Object conversion = c.conversion() == 0 ? PNone.NONE : Character.toString(c.conversion());
        return new PTuple(new Object[]{c.literal(), c.fieldName(), c.spec(), conversion});
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FORMATTER_ITERATOR;
    }
}
