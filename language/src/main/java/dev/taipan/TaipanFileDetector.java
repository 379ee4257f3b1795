package dev.taipan;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognises Python files by extension or a python shebang line. */
public final class TaipanFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name != null && (name.endsWith(".py") || name.endsWith(".pyw"))) {
            return TaipanLanguage.MIME_TYPE;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
