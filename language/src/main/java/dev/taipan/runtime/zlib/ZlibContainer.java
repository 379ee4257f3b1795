package dev.taipan.runtime.zlib;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * What zlib's {@code wbits} argument selects: the zlib wrapper (9..15), raw deflate (-15..-9),
 * the gzip wrapper (25..31) or, for decompression only, automatic zlib/gzip detection (40..47).
 * The JDK's Deflater always uses a 32 KiB window; smaller windows only change the header byte.
 */
public enum ZlibContainer {
    ZLIB,
    RAW,
    GZIP,
    AUTO;

    public static ZlibContainer forCompress(long wbits) {
        ZlibContainer c = of(wbits);
        if (c == null || c == AUTO || wbits == 0) {
            throw invalidInit();
        }
        return c;
    }

    public static ZlibContainer forDecompress(long wbits) {
        if (wbits == 0) {
            return ZLIB; // window size taken from the stream header
        }
        ZlibContainer c = of(wbits);
        if (c == null) {
            throw PythonErrors.raise(BuiltinType.ZLIB_ERROR, "Error -2 while preparing to decompress data: inconsistent stream state");
        }
        return c;
    }

    private static ZlibContainer of(long wbits) {
        if (wbits >= 9 && wbits <= 15) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -9) {
            return RAW;
        }
        if (wbits >= 25 && wbits <= 31) {
            return GZIP;
        }
        if (wbits >= 40 && wbits <= 47) {
            return AUTO;
        }
        return null;
    }

    public static RuntimeException invalidInit() {
        return PythonErrors.valueError("Invalid initialization option");
    }
}
