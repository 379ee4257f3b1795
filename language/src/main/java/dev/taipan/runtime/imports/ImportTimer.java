package dev.taipan.runtime.imports;

import java.io.PrintStream;

/**
 * {@code -X importtime}: how long each import took, printed to stderr as CPython prints it
 * (microseconds spent in the module itself, including the imports it made, indented by depth).
 */
public final class ImportTimer {
    private final PrintStream err;
    private boolean headerPrinted;
    private int depth;
    /** Time spent in nested imports, per depth, to subtract from the enclosing import's own time. */
    private long[] nested = new long[16];

    public ImportTimer(PrintStream err) {
        this.err = err;
    }

    long begin() {
        if (!headerPrinted) {
            headerPrinted = true;
            err.println("import time: self [us] | cumulative | imported package");
        }
        depth++;
        if (depth >= nested.length) {
            nested = java.util.Arrays.copyOf(nested, nested.length * 2);
        }
        nested[depth] = 0;
        return System.nanoTime();
    }

    void end(String name, long started) {
        long cumulative = (System.nanoTime() - started) / 1000;
        long self = cumulative - nested[depth];
        depth--;
        nested[depth] += cumulative;
        err.printf("import time: %9d | %10d | %s%s%n", self, cumulative, " ".repeat(2 * depth), name);
    }
}
