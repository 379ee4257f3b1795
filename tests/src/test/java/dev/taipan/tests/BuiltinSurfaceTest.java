package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.RunResult;
import dev.taipan.tests.support.Taipan;

/**
 * Every public attribute of every builtin type, as dir() lists it in CPython, must exist in
 * Taipan. The gap still open is kept in surface/known-missing.txt and printed by each run, so it
 * stays visible until it is empty; the test fails when something new goes missing or when a
 * listed gap got closed without the list being updated.
 */
class BuiltinSurfaceTest {
    private static Path resource(String name) {
        try {
            return Path.of(BuiltinSurfaceTest.class.getResource("/surface/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** type name -> attribute names, from the script's "name attr attr ..." lines. */
    private static Map<String, TreeSet<String>> parse(String output) {
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] words = line.trim().split(" ");
            out.put(words[0], new TreeSet<>(Arrays.asList(words).subList(1, words.length)));
        }
        return out;
    }

    @Test
    void builtinTypesHaveCPythonsAttributes() throws IOException {
        assumeTrue(CPython.available(), "python3 is not on PATH");
        Path script = resource("builtin_types.py");
        RunResult cpython = CPython.run(script);
        RunResult taipan = Taipan.run(script);
        assertEquals("", taipan.stderr(), "the surface script must run on Taipan");
        Map<String, TreeSet<String>> expected = parse(cpython.stdout());
        Map<String, TreeSet<String>> actual = parse(taipan.stdout());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : expected.entrySet()) {
            TreeSet<String> have = actual.getOrDefault(e.getKey(), new TreeSet<>());
            for (String attr : e.getValue()) {
                if (!have.contains(attr)) {
                    missing.add(e.getKey() + "." + attr);
                }
            }
        }
        System.out.println("builtin type attributes Taipan still lacks (" + missing.size() + "): " + String.join(" ", missing));
        List<String> known = Files.readAllLines(resource("known-missing.txt")).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(String.join("\n", known), String.join("\n", missing.stream().sorted().toList()),
                        "the gap changed: update surface/known-missing.txt (remove what now exists; never add what used to work)");
    }
}
