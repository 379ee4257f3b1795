package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each invalid program must fail with CPython 3.12's exception class, message, line, offset and
 * end position, as recorded in expected.tsv.
 */
class SyntaxErrorCorpusTest {

    @Test
    void corpusIsLargeEnough() throws Exception {
        List<InvalidCorpus.Case> cases = InvalidCorpus.cases();
        assertTrue(cases.size() >= 280, "only " + cases.size() + " invalid programs");
    }

    @TestFactory
    Stream<DynamicTest> invalidPrograms() throws Exception {
        return InvalidCorpus.cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            String source = InvalidCorpus.source(c);
            try {
                Parser.parse(source, c.inputMode());
                fail("parsed without error; CPython: " + c.expectation());
            } catch (SyntaxErrorException e) {
                String actual = e.kind.pythonName + ": " + e.getMessage() + " @ " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
                assertEquals(c.expectation(), actual);
            }
        }));
    }
}
