package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.taipan.tests.support.StandardLibrary;

/** Every .py file of CPython 3.12's Lib (the copy in the standalone distribution) must parse. */
class LibParseTest {

    @Test
    void parsesAllOfLib() throws Exception {
        Path lib = StandardLibrary.directory();
        List<Path> files = StandardLibrary.sourceFiles();
        assertEquals(718, files.size(), "number of .py files in " + lib);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                Parser.parse(SourceDecoder.decode(Files.readAllBytes(f)), InputMode.FILE);
            } catch (SyntaxErrorException e) {
                failures.add(lib.relativize(f) + ": " + e);
            } catch (SourceDecoder.DecodingException e) {
                failures.add(lib.relativize(f) + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " Lib files fail to parse:\n" + String.join("\n", failures));
    }
}
