package dev.taipan.runtime.random;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** A {@code _random.Random}: one Mersenne Twister state. */
public final class PRandom extends PythonObject {
    private final MersenneTwister twister = new MersenneTwister();

    public PRandom(PythonClass cls) {
        super(cls);
    }

    public MersenneTwister twister() {
        return twister;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.RANDOM;
    }
}
