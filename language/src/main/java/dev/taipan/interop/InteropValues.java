package dev.taipan.interop;

import java.math.BigInteger;

/** Values handed to other languages and the host must be interop values. */
public final class InteropValues {
    private InteropValues() {
    }

    public static Object toHost(Object value) {
        if (value instanceof BigInteger b) {
            return new PIntInterop(b);
        }
        return value;
    }
}
