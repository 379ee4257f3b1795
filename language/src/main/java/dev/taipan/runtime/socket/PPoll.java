package dev.taipan.runtime.socket;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** A select.poll object: the registered descriptors and their event masks, in registration order. */
public final class PPoll extends PythonObject {
    public final Map<Integer, Integer> registered = new LinkedHashMap<>();

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SELECT_POLL;
    }
}
