package dev.taipan.runtime.iterators;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views on the dict. */
public final class PDictView extends PythonObject {
    private final PDict dict;
    private final PDictIterator.Kind kind;

    public PDictView(PDict dict, PDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PDict getDict() {
        return dict;
    }

    public PDictIterator.Kind getKind() {
        return kind;
    }

    @Override
    public BuiltinType builtinType() {
        return switch (kind) {
            case KEYS -> BuiltinType.DICT_KEYS;
            case VALUES -> BuiltinType.DICT_VALUES;
            case ITEMS -> BuiltinType.DICT_ITEMS;
        };
    }
}
