package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Stmt;

/**
 * {@link InputMode#INTERACTIVE}, what the REPL parses after each line: it must tell input that
 * needs more lines (the prompt turns to "... ") from input that is complete or wrong, as
 * CPython's interactive loop does.
 */
class InteractiveInputTest {

    private static Mod.Interactive parse(String text) {
        return assertInstanceOf(Mod.Interactive.class, Parser.parse(text, InputMode.INTERACTIVE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "   \n", "# just a comment\n"})
    void blankAndCommentLinesRunNothing(String text) {
        assertTrue(parse(text).body().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x = 1\n", "1; 2\n", "x = [\n1,\n2]\n", "def f():\n  return 1\n\n", "class A: pass\n\n", "if 1:\n  pass\nelse:\n  pass\n   \n"})
    void completeInputParses(String text) {
        assertFalse(parse(text).body().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"def f():\n", "def f():\n  return 1\n", "class A: pass\n", "if 1:\n  pass\nelse:\n", "for x in y:\n", "try:\n  pass\n", "@dec\n", "x = (1,\n",
                    "s = '''abc\n", "x = 1 + \\\n", "f'{x\n"})
    void incompleteInputAsksForMore(String text) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parse(text, InputMode.INTERACTIVE));
        assertTrue(e.incompleteInput, () -> "not reported as incomplete: " + e);
    }

    @Test
    void errorsAreNotIncomplete() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parse("1 +\n", InputMode.INTERACTIVE));
        assertFalse(e.incompleteInput);
        assertEquals("invalid syntax", e.getMessage());
        // a statement after a block without the blank line that ends it
        e = assertThrows(SyntaxErrorException.class, () -> Parser.parse("if 1:\n  pass\nx = 1\n", InputMode.INTERACTIVE));
        assertFalse(e.incompleteInput);
        assertEquals("invalid syntax", e.getMessage());
        assertEquals(3, e.lineno);
    }

    @Test
    void singleModeNeedsNoBlankLine() {
        Mod mod = Parser.parse("def f():\n  return 1\n", InputMode.SINGLE);
        assertInstanceOf(Stmt.FunctionDef.class, ((Mod.Interactive) mod).body().get(0));
    }
}
