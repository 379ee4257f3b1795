package dev.taipan.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
