package dev.taipan.runtime.itertools;

import java.util.ArrayList;

import dev.taipan.runtime.abstractops.PyObjectIter;

/**
 * The values a set of tee iterators share: a linked chain of fixed-size chunks, so values every
 * tee has passed become garbage as soon as no tee points into their chunk.
 */
final class TeeBuffer {
    static final int CHUNK = 57;

    private final Object source;
    final ArrayList<Object> values = new ArrayList<>(CHUNK);
    private TeeBuffer nextChunk;
    private boolean running;

    TeeBuffer(Object source) {
        this.source = source;
    }

    /** The i-th value of this chunk, reading the source if needed; null at its end. */
    Object get(int i) {
        if (i < values.size()) {
            return values.get(i);
        }
        if (running) {
            throw dev.taipan.runtime.exceptions.PythonErrors.runtimeError("cannot re-enter the tee iterator");
        }
        running = true;
        Object v;
        try {
            v = PyObjectIter.next(source);
        } finally {
            running = false;
        }
        if (v != null) {
            values.add(v);
        }
        return v;
    }

    TeeBuffer next() {
        if (nextChunk == null) {
            nextChunk = new TeeBuffer(source);
        }
        return nextChunk;
    }
}
