package dev.taipan.runtime.iterators;

import dev.taipan.runtime.objects.PGenericAlias;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** {@code iter(tuple[int])}: yields the one unpacked alias {@code *tuple[int]}, as a starred expression wants. */
public final class PGenericAliasIterator extends PBuiltinIterator {
    private PGenericAlias alias;

    public PGenericAliasIterator(PGenericAlias alias) {
        this.alias = alias;
    }

    @Override
    public Object next() {
        PGenericAlias a = alias;
        if (a == null) {
            return null;
        }
        alias = null;
        return new PGenericAlias(a.getExplicitClass(), a.origin(), a.args(), true);
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return alias == null ? reduction(iter, PTuple.EMPTY) : reduction(iter, alias);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.GENERIC_ALIAS_ITERATOR;
    }
}
