package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Taipan as an embedder sees it: the polyglot API of a plain JVM program. */
class EmbeddingTest {
    @Test
    void languageIsRegistered() {
        try (Engine engine = Engine.create()) {
            var language = engine.getLanguages().get("taipan");
            assertEquals("Taipan", language.getName());
            assertTrue(language.getMimeTypes().contains("text/x-python"));
            assertTrue(language.getMimeTypes().contains("text/x-python-program"));
        }
    }

    @Test
    void evaluatesExpressions() {
        try (Context context = Context.create("taipan")) {
            assertEquals(42, context.eval("taipan", "6*7").asInt());
            assertEquals("hello world", context.eval("taipan", "'hello' + ' ' + 'world'").asString());
            assertEquals(2.5, context.eval("taipan", "5 / 2").asDouble());
            assertTrue(context.eval("taipan", "None").isNull());
        }
    }

    @Test
    void programSourcesRunForTheirEffectsAndReturnZero() {
        try (Context context = Context.create("taipan")) {
            // text/x-python-program is how the launcher runs scripts: the program's namespace is
            // __main__ as usual, but eval does not turn the last expression into a Value
            Source program = Source.newBuilder("taipan", "x = 6 * 7\nx", "prog.py").mimeType("text/x-python-program").buildLiteral();
            Value result = context.eval(program);
            assertTrue(result.isNumber());
            assertEquals(0, result.asInt());
            assertEquals(42, context.getBindings("taipan").getMember("x").asInt());
            assertEquals(42, context.eval("taipan", "x").asInt());
        }
    }

    @Test
    void callsPythonFunctionsFromJava() {
        try (Context context = Context.create("taipan")) {
            context.eval("taipan", "def greet(name, punct='!'):\n    return 'hi ' + name + punct\n");
            Value greet = context.getBindings("taipan").getMember("greet");
            assertTrue(greet.canExecute());
            assertEquals("hi taipan!", greet.execute("taipan").asString());
            Value squares = context.eval("taipan", "[x * x for x in range(5)]");
            assertTrue(squares.hasArrayElements());
            assertEquals(5, squares.getArraySize());
            assertEquals(16, squares.getArrayElement(4).asInt());
        }
    }

    @Test
    void usesJavaValuesFromPython() {
        try (Context context = Context.newBuilder("taipan").allowAllAccess(true).build()) {
            Value f = context.eval("taipan", "lambda xs: sum(xs)");
            assertEquals(6, f.execute(List.of(1, 2, 3)).asInt());
            Value point = context.eval("taipan", "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\nPoint(3, 4)");
            assertEquals(3, point.getMember("x").asInt());
            point.putMember("x", 10);
            assertEquals(10, point.getMember("x").asInt());
            assertEquals("Point", point.getMetaObject().getMetaSimpleName());
        }
    }

    @Test
    void pythonExceptionsReachJava() {
        try (Context context = Context.create("taipan")) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("taipan", "1/0"));
            assertTrue(e.isGuestException());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
            PolyglotException syntax = assertThrows(PolyglotException.class, () -> context.eval("taipan", "def f(:\n"));
            assertTrue(syntax.isSyntaxError());
            PolyglotException exit = assertThrows(PolyglotException.class, () -> context.eval("taipan", "raise SystemExit(7)"));
            assertTrue(exit.isExit());
            assertEquals(7, exit.getExitStatus());
        }
    }
}
