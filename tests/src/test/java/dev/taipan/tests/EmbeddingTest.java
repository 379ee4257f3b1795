package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
    @Test
    void languageIsRegistered() {
        try (Engine engine = Engine.create()) {
            assertEquals("Taipan", engine.getLanguages().get("taipan").getName());
            System.out.println("impl: " + engine.getImplementationName());
        }
    }
}
