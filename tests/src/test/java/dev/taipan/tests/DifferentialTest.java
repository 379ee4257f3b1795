package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.taipan.tests.support.Expected;
import dev.taipan.tests.support.RunResult;
import dev.taipan.tests.support.Taipan;

/**
 * The differential corpus: every program under resources/differential must print on Taipan
 * exactly what CPython printed when its output was recorded (NAME.out), exit with the same
 * status and, when it dies of an exception, end stderr with the same "Type: message" line.
 * {@link OracleDriftTest} keeps the recordings honest against the live python3.
 */
class DifferentialTest {
    @TestFactory
    Stream<DynamicTest> corpus() {
        return Expected.corpus().stream().map(p -> DynamicTest.dynamicTest(Expected.name(p), p.toUri(), () -> check(p)));
    }

    static void check(Path program) {
        Expected expected = Expected.of(program);
        RunResult actual = Taipan.run(program);
        String context = Expected.name(program) + "\nTaipan:\n" + actual;
        assertEquals(expected.stdout(), actual.stdout(), () -> "stdout differs for " + context);
        assertEquals(expected.exitCode(), actual.exitCode(), () -> "exit status differs for " + context);
        if (expected.errorLine() != null) {
            assertEquals(expected.errorLine(), actual.lastErrorLine(), () -> "exception differs for " + context);
        }
    }
}
