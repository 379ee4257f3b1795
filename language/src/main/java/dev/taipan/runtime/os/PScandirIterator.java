package dev.taipan.runtime.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** The iterator os.scandir returns: DirEntry objects for one directory; a context manager. */
public final class PScandirIterator extends PythonObject {
    private final Path dir;
    /** The path as given (joined with each name for DirEntry.path). */
    private final String given;
    private final boolean bytes;
    private DirectoryStream<Path> stream;
    private Iterator<Path> it;

    public PScandirIterator(Path dir, String given, boolean bytes, DirectoryStream<Path> stream) {
        this.dir = dir;
        this.given = given;
        this.bytes = bytes;
        this.stream = stream;
        this.it = stream.iterator();
    }

    /** The next entry, or null at the end (the stream is then closed). */
    @TruffleBoundary
    public PDirEntry next() {
        if (it == null) {
            return null;
        }
        if (!it.hasNext()) {
            close();
            return null;
        }
        Path p = it.next();
        String name = p.getFileName().toString();
        String joined = given.endsWith("/") ? given + name : given + "/" + name;
        return new PDirEntry(dir.resolve(name), name, joined, bytes);
    }

    @TruffleBoundary
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing to report on close
            }
            stream = null;
            it = null;
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SCANDIR_ITERATOR;
    }
}
