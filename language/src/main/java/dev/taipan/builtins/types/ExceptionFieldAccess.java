package dev.taipan.builtins.types;

import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.objects.PNone;

/** Reads/writes one hidden field of an exception object (the getset behind e.errno & co). */
final class ExceptionFieldAccess {
    private ExceptionFieldAccess() {
    }

    static Object access(Object self, HiddenKey key, Object value) {
        PBaseException e = BaseExceptionBuiltins.self(self, key.toString());
        if (value == PNone.NO_VALUE) {
            return ExceptionFields.get(e, key);
        }
        ExceptionFields.set(e, key, value == PGetSetDescriptor.DELETE ? PNone.NONE : value);
        return PNone.NONE;
    }
}
