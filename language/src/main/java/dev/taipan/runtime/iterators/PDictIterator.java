package dev.taipan.runtime.iterators;

import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
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
        if (yielded == initialSize) {
            // same size but more entries than it had: keys were deleted and added
            dict = null;
            throw PythonErrors.runtimeError("dictionary keys changed during iteration");
        }
        position = p;
        yielded++;
        return entry(s, p, kind);
    }

    /** {@code reversed(dict)} and of its views: the entries taken at once, last first. */
    public static PArrayIterator reversed(PDict dict, Kind kind) {
        DictStorage s = dict.storage();
        Object[] entries = new Object[s.size()];
        int n = entries.length;
        for (int p = s.next(-1); p >= 0; p = s.next(p)) {
            entries[--n] = entry(s, p, kind);
        }
        return new PArrayIterator(entries, switch (kind) {
            case KEYS -> BuiltinType.DICT_REVERSEKEYITERATOR;
            case VALUES -> BuiltinType.DICT_REVERSEVALUEITERATOR;
            case ITEMS -> BuiltinType.DICT_REVERSEITEMITERATOR;
        });
    }

    private static Object entry(DictStorage s, int p, Kind kind) {
        return switch (kind) {
            case KEYS -> s.keyAt(p);
            case VALUES -> s.valueAt(p);
            case ITEMS -> PTuple.of(s.keyAt(p), s.valueAt(p));
        };
    }

    /** What is left, as a list: {@code (iter, ([remaining],))}. */
    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        PList rest = new PList();
        if (dict != null) {
            DictStorage s = dict.storage();
            for (int p = s.next(position); p >= 0; p = s.next(p)) {
                rest.append(entry(s, p, kind));
            }
        }
        return reduction(iter, rest);
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
