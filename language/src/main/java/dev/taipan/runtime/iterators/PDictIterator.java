package dev.taipan.runtime.iterators;

import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a dict's keys, values or items in insertion order; detects resizing during iteration. */
public final class PDictIterator extends PBuiltinIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private PDict dict;
    private final Kind kind;
    private int position = -1;
    private final int initialSize;
    private int yielded;

    public PDictIterator(PDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.initialSize = dict.size();
    }

    @Override
    public Object next() {
        PDict d = dict;
        if (d == null) {
            return null;
        }
        DictStorage s = d.storage();
        if (s.size() != initialSize) {
            dict = null;
            throw PythonErrors.runtimeError("dictionary changed size during iteration");
        }
        int p = s.next(position);
        if (p < 0) {
            dict = null;
            return null;
        }
        position = p;
        yielded++;
        return switch (kind) {
            case KEYS -> s.keyAt(p);
            case VALUES -> s.valueAt(p);
            case ITEMS -> PTuple.of(s.keyAt(p), s.valueAt(p));
        };
    }

    @Override
    public long lengthHint() {
        return dict == null ? 0 : Math.max(0, dict.size() - yielded);
    }

    @Override
    public BuiltinType builtinType() {
        return switch (kind) {
            case KEYS -> BuiltinType.DICT_KEYITERATOR;
            case VALUES -> BuiltinType.DICT_VALUEITERATOR;
            case ITEMS -> BuiltinType.DICT_ITEMITERATOR;
        };
    }
}
