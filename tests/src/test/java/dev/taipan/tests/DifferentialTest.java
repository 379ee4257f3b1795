package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.RunResult;
import dev.taipan.tests.support.Taipan;

/**
 * The differential corpus: every program under resources/differential runs on CPython (live,
 * the machine's python3) and on Taipan, and must print the same stdout, exit with the same
 * status and, when it dies of an exception, end stderr with the same "Type: message" line.
 * Programs stick to behaviour that CPython 3.11 and 3.12 share.
 */
class DifferentialTest {
    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(DifferentialTest.class.getResource("/differential").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".py")).sorted()
                        .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(), () -> check(p)));
    }

    static void check(Path program) {
        RunResult expected = CPython.run(program);
        RunResult actual = Taipan.run(program);
        String context = program.getFileName() + "\nCPython:\n" + expected + "\nTaipan:\n" + actual;
        assertEquals(expected.stdout(), actual.stdout(), () -> "stdout differs for " + context);
        assertEquals(expected.exitCode(), actual.exitCode(), () -> "exit status differs for " + context);
        if (expected.exitCode() == 1 && expected.stderr().contains("Traceback")) {
            assertEquals(expected.lastErrorLine(), actual.lastErrorLine(), () -> "exception differs for " + context);
        }
    }
}
