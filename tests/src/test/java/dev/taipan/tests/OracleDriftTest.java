package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.Expected;
import dev.taipan.tests.support.RunResult;

/**
 * Re-runs every differential program on the live python3 (when there is one) and checks that
 * it still behaves as recorded: the recordings are CPython's behaviour, not Taipan's.
 */
class OracleDriftTest {
    @TestFactory
    Stream<DynamicTest> recordingsMatchLivePython() {
        assumeTrue(CPython.available(), "python3 is not on PATH");
        return Expected.corpus().stream().map(p -> DynamicTest.dynamicTest(Expected.name(p), p.toUri(), () -> check(p)));
    }

    static void check(Path program) {
        Expected expected = Expected.of(program);
        RunResult live;
        if (Expected.name(program).startsWith("py312/")) {
            // 3.12-only syntax: recorded with a CPython 3.12, checked only where there is one
            CPython.Interpreter python312 = CPython.grammarReference();
            assumeTrue(python312 != null && python312.is(3, 12), "no CPython 3.12 here");
            live = CPython.runWith(python312.executable(), program);
        } else {
            live = CPython.run(program);
        }
        String context = Expected.name(program) + " (re-record with tests/record-expected.py if CPython is right)\n" + live;
        assertEquals(expected.stdout(), live.stdout(), () -> "python3 stdout drifted for " + context);
        assertEquals(expected.exitCode(), live.exitCode(), () -> "python3 exit status drifted for " + context);
        if (expected.errorLine() != null) {
            assertEquals(expected.errorLine(), live.lastErrorLine(), () -> "python3 exception drifted for " + context);
        }
    }
}
