package dev.taipan.tests.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The recorded behaviour of a differential program (tests/record-expected.py writes it from
 * python3): NAME.out is its stdout; NAME.status, present when the exit status is not 0, holds
 * "exit=N" and, for an uncaught exception, "error=Type: message".
 */
public record Expected(Path program, String stdout, int exitCode, String errorLine) {

    public static Expected of(Path program) {
        try {
            String base = program.toString().substring(0, program.toString().length() - 3);
            Path out = Path.of(base + ".out");
            if (!Files.exists(out)) {
                throw new IllegalStateException("no recorded output for " + program + ": run tests/record-expected.py");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            int exit = 0;
            String error = null;
            Path status = Path.of(base + ".status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("exit=")) {
                        exit = Integer.parseInt(line.substring(5).strip());
                    } else if (line.startsWith("error=")) {
                        error = line.substring(6);
                    }
                }
            }
            return new Expected(program, stdout, exit, error);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every program of the corpus, sorted. */
    public static List<Path> corpus() {
        try {
            Path root = Path.of(Expected.class.getResource("/differential").toURI());
            try (var files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String name(Path program) {
        return program.getParent().getFileName() + "/" + program.getFileName();
    }
}
