package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

/**
 * The {@code is} operator. Values that are Java boxes (int, float, bool) have no stable
 * identity in the VM, so equal small values compare as identical, like CPython's cached ints.
 * Containers use the same notion where CPython compares identity before equality (so
 * {@code [nan] == [nan]} holds for one NaN, as it does in CPython).
 */
public final class Identity {
    private Identity() {
    }

    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.equals(y);
        }
        return false;
    }
}
