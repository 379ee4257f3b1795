package dev.taipan.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPython's Lib for the tests: the standalone distribution's lib-python copy (the build unpacks
 * it from python-resources), so tests and the taipan command see the same files.
 */
public final class StandardLibrary {
    private StandardLibrary() {
    }

    public static String home() {
        Path lib = Path.of(System.getProperty("taipan.test.dist", "../component/target/taipan"), "lib-python", "3.12").toAbsolutePath().normalize();
        return Files.isDirectory(lib) ? lib.toString() : "";
    }

    /** The Lib directory; fails when the distribution has not been built. */
    public static Path directory() {
        String home = home();
        if (home.isEmpty()) {
            throw new IllegalStateException("no lib-python in the standalone distribution (run the tests with bin/test, which builds it)");
        }
        return Path.of(home);
    }

    /** Every .py file of the Lib, sorted. */
    public static List<Path> sourceFiles() {
        try (Stream<Path> files = Files.walk(directory())) {
            return files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
