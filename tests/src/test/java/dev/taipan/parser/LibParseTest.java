package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.taipan.compiler.SymbolTable;
import dev.taipan.tests.support.StandardLibrary;

/**
 * Every .py file of CPython 3.12's Lib (the copy in the standalone distribution) must parse and
 * get a symbol table (scopes, globals/nonlocals, cells) without error.
 */
class LibParseTest {

    @Test
    void parsesAndBuildsSymbolTablesForAllOfLib() throws Exception {
        Path lib = StandardLibrary.directory();
        List<Path> files = StandardLibrary.sourceFiles();
        assertEquals(718, files.size(), "number of .py files in " + lib);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                String source = SourceDecoder.decode(Files.readAllBytes(f));
                dev.taipan.parser.ast.Mod mod = Parser.parse(source, InputMode.FILE);
                SymbolTable.build(mod, new SourceLines(source), false);
            } catch (SyntaxErrorException e) {
                failures.add(lib.relativize(f) + ": " + e);
            } catch (SourceDecoder.DecodingException e) {
                failures.add(lib.relativize(f) + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " Lib files fail to parse or to get a symbol table:\n" + String.join("\n", failures));
    }
}
