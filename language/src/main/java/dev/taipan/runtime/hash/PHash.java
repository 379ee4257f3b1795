package dev.taipan.runtime.hash;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** A hash object of _md5, _sha1, _sha2, _sha3 or _blake2. */
public final class PHash extends PythonObject {
    private final HashEngine engine;
    private final BuiltinType type;

    public PHash(HashEngine engine, BuiltinType type) {
        this.engine = engine;
        this.type = type;
    }

    public HashEngine engine() {
        return engine;
    }

    @Override
    public BuiltinType builtinType() {
        return type;
    }
}
