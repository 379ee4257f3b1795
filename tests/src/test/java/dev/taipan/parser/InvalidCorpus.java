package dev.taipan.parser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The invalid programs under resources/parser/invalid and CPython 3.12's errors for them,
 * recorded in expected.tsv by record_expected.py.
 */
final class InvalidCorpus {

    /**
     * One program, the mode it is compiled in ("exec", "eval" or "single") and the SyntaxError
     * CPython raises for it; {@code since} is "3.11" when CPython 3.11 already reported the same.
     */
    record Case(String file, String mode, String kind, int line, int offset, int endLine, int endOffset, String since, String message) {
        /** The error as one comparable line. */
        String expectation() {
            return kind + ": " + message + " @ " + line + ":" + offset + "-" + endLine + ":" + endOffset;
        }

        InputMode inputMode() {
            return switch (mode) {
                case "exec" -> InputMode.FILE;
                case "eval" -> InputMode.EVAL;
                case "single" -> InputMode.SINGLE;
                default -> throw new IllegalStateException("unknown mode " + mode + " for " + file);
            };
        }
    }

    private InvalidCorpus() {
    }

    static URL resource(String name) {
        URL u = InvalidCorpus.class.getClassLoader().getResource("parser/invalid/" + name);
        if (u == null) {
            throw new IllegalStateException("missing test resource parser/invalid/" + name);
        }
        return u;
    }

    static Path directory() throws URISyntaxException {
        return Path.of(resource("expected.tsv").toURI()).getParent();
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String tsv;
        try (InputStream in = resource("expected.tsv").openStream()) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : tsv.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 9);
            out.add(new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], f[8]));
        }
        return out;
    }

    static String source(Case c) throws IOException {
        try (InputStream in = resource(c.file()).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
