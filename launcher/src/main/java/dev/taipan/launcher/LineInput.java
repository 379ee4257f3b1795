package dev.taipan.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where the REPL reads its lines: a terminal with line editing, or plain standard input. */
interface LineInput extends AutoCloseable {
    /** The next line without its terminator; null at end of input. */
    String readLine(String prompt) throws Interrupted;

    @Override
    void close();

    /** Ctrl-C at the prompt. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * Standard input that is not a terminal ({@code taipan -i < file}): like CPython, the prompts
     * go to stderr and nothing is echoed.
     */
    final class Plain implements LineInput {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        private final PrintStream err;

        Plain(PrintStream err) {
            this.err = err;
        }

        @Override
        public String readLine(String prompt) {
            err.print(prompt);
            err.flush();
            try {
                return in.readLine();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
        }
    }
}
