package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.taipan.parser.ast.Mod;
import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.StandardLibrary;

/**
 * Taipan's AST of every Lib file against CPython's {@code ast.dump}: with positions
 * ({@code include_attributes=True}) when the python found is 3.12; without them, and without
 * 3.12's {@code type_params=[]}, when it is 3.11 (files 3.11 cannot parse, using PEP 695/701
 * syntax, are skipped then). Skipped when there is no python3.
 */
class LibAstComparisonTest {

    private static final String SCRIPT = """
                    import ast, sys, tokenize
                    sys.stdout.reconfigure(encoding='utf-8', errors='backslashreplace')
                    positions = sys.argv[1] == '1'
                    for path in open(sys.argv[2], encoding='utf-8').read().splitlines():
                        print('=== ' + path)
                        try:
                            with tokenize.open(path) as f:
                                src = f.read()
                            print(ast.dump(ast.parse(src), include_attributes=positions))
                        except SyntaxError as e:
                            print('ERROR ' + str(e))
                    """;

    @Test
    void astOfLibMatchesCPython(@TempDir Path tmp) throws Exception {
        CPython.Interpreter py = CPython.grammarReference();
        Assumptions.assumeTrue(py != null, "no python3 to compare with");
        assertTrue(py.is(3, 12) || py.is(3, 11), "ast.dump of CPython 3.11 or 3.12 needed, found " + py);
        boolean positions = py.is(3, 12);

        Path lib = StandardLibrary.directory();
        List<Path> files = StandardLibrary.sourceFiles();
        Path list = tmp.resolve("files.txt");
        Files.writeString(list, String.join("\n", files.stream().map(Path::toString).toList()), StandardCharsets.UTF_8);

        // streamed: the dumps with positions run to hundreds of megabytes
        Process proc = new ProcessBuilder(py.executable(), "-c", SCRIPT, positions ? "1" : "0", list.toString()).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        proc.getOutputStream().close();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int skipped = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            String header;
            while ((header = r.readLine()) != null) {
                assertTrue(header.startsWith("=== "), "unexpected output: " + header);
                Path file = Path.of(header.substring(4));
                String name = lib.relativize(file).toString();
                String expected = r.readLine();
                if (expected.startsWith("ERROR ")) {
                    // only acceptable for 3.11, which lacks 3.12's syntax
                    if (positions) {
                        mismatches.add(name + ": CPython: " + expected);
                    }
                    skipped++;
                    continue;
                }
                String source = SourceDecoder.decode(Files.readAllBytes(file));
                String actual;
                try {
                    Mod mod = Parser.parse(source, InputMode.FILE);
                    actual = positions ? AstDump.dumpWithPositions(mod, source) : AstDump.dump(mod).replace(", type_params=[]", "");
                } catch (SyntaxErrorException e) {
                    actual = "ERROR " + e;
                }
                compared++;
                if (!expected.equals(actual)) {
                    mismatches.add(name + ":\n" + firstDifference(expected, actual));
                }
            }
        }
        assertTrue(proc.waitFor(10, TimeUnit.MINUTES), "python did not finish");
        assertEquals(0, proc.exitValue(), () -> "python failed: " + readQuietly(tmp.resolve("stderr.txt")));
        assertEquals(files.size(), compared + skipped, "files dumped by " + py);
        assertTrue(skipped <= 10, skipped + " files skipped with " + py);
        System.out.println("LibAstComparisonTest: " + compared + " Lib files compared with " + py + (positions ? " including positions" : ""));
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + compared + " files differ from " + py + ":\n"
                        + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 200);
        return "  expected: ..." + expected.substring(from, Math.min(expected.length(), i + 150)) + "\n  actual:   ..." + actual.substring(from, Math.min(actual.length(), i + 150));
    }
}
