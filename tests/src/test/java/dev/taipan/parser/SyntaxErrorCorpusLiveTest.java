package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.RunResult;

/**
 * Re-runs the invalid-program corpus through the machine's CPython and reports where it disagrees
 * with expected.tsv (drift: a changed CPython, or a wrong recording). With CPython 3.11 only the
 * cases that 3.11 already reported the same way are compared.
 */
class SyntaxErrorCorpusLiveTest {

    private static final String PROBE = """
                    import ast, sys
                    sys.stdout.reconfigure(encoding='utf-8')
                    for line in sys.stdin.read().splitlines():
                        path, mode = line.split('\\t')
                        with open(path, encoding='utf-8', newline='') as fh:
                            src = fh.read()
                        try:
                            compile(src, path, mode, ast.PyCF_ONLY_AST)
                            print('VALID')
                        except SyntaxError as e:
                            print(f'{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}')
                    """;

    @Test
    void cpythonStillAgrees() throws Exception {
        CPython.Interpreter py = CPython.grammarReference();
        Assumptions.assumeTrue(py != null, "no python3 to compare with");
        List<InvalidCorpus.Case> all = InvalidCorpus.cases();
        List<InvalidCorpus.Case> cases = new ArrayList<>();
        for (InvalidCorpus.Case c : all) {
            if (!py.is(3, 11) || c.since().equals("3.11")) {
                cases.add(c);
            }
        }
        Path dir = InvalidCorpus.directory();
        StringBuilder input = new StringBuilder();
        for (InvalidCorpus.Case c : cases) {
            input.append(dir.resolve(c.file())).append('\t').append(c.mode()).append('\n');
        }
        RunResult r = CPython.Processes.run(List.of(py.executable(), "-c", PROBE), null, input.toString());
        assertEquals(0, r.exitCode(), () -> "python failed: " + r.stderr());
        String[] live = r.stdout().split("\n");
        assertEquals(cases.size(), live.length, "answers from " + py);
        List<String> drift = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            InvalidCorpus.Case c = cases.get(i);
            if (!c.expectation().equals(live[i])) {
                drift.add(c.file() + "\n  recorded: " + c.expectation() + "\n  " + py + ": " + live[i]);
            }
        }
        System.out.println("SyntaxErrorCorpusLiveTest: compared " + cases.size() + " of " + all.size() + " programs with " + py);
        assertTrue(drift.isEmpty(), drift.size() + " programs drifted from expected.tsv (re-record with record_expected.py if CPython is right):\n" + String.join("\n", drift));
    }
}
