package dev.taipan.runtime.zlib;

/** What zlib.Decompress and zlib._ZlibDecompressor both report: the end of the stream and what followed it. */
public interface ZlibStream {
    boolean isEof();

    byte[] unusedData();
}
