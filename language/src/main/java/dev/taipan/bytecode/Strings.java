package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** String helpers behind boundaries (JDK string code is not partially evaluated). */
final class Strings {
    private Strings() {
    }

    @TruffleBoundary
    static String concat(String a, String b) {
        return a.concat(b);
    }

    @TruffleBoundary
    static boolean equals(String a, String b) {
        return a.equals(b);
    }

    @TruffleBoundary
    static String join(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append((String) p);
        }
        return sb.toString();
    }
}
