package dev.taipan.tests.support;

/** What a Python program did: its standard output and error, and its exit status. */
public record RunResult(String stdout, String stderr, int exitCode) {

    /** The last line of stderr: for an uncaught exception, "TypeError: message". */
    public String lastErrorLine() {
        String[] lines = stderr.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
