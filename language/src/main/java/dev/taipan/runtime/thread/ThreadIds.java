package dev.taipan.runtime.thread;

/** Python thread identifiers: the Java thread id, which is unique and never 0. */
public final class ThreadIds {
    private ThreadIds() {
    }

    public static long current() {
        return Thread.currentThread().threadId();
    }
}
