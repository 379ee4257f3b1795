package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.RunResult;
import dev.taipan.tests.support.Taipan;

/** The taipan command of the standalone distribution, run as a user runs it, against python3. */
class LauncherTest {
    @TempDir
    Path dir;

    private static RunResult taipan(Path cwd, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Taipan.distribution().resolve("bin/taipan").toString());
        cmd.addAll(List.of(args));
        return CPython.Processes.run(cmd, cwd, stdin);
    }

    private static RunResult python(Path cwd, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(List.of(args));
        return CPython.Processes.run(cmd, cwd, stdin);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runsAScript() throws IOException {
        write("hello.py", "print(\"hello\", 6*7)\n");
        RunResult r = taipan(dir, null, "hello.py");
        assertEquals("hello 42\n", r.stdout());
        assertEquals(0, r.exitCode());
        assertEquals("", r.stderr(), "no warnings (a fallback-runtime warning would mean no JIT)");
    }

    @Test
    void runsCommandAndStdinLikePython() throws IOException {
        assertEquals("2\n", taipan(dir, null, "-c", "print(1+1)").stdout());
        String prog = "import sys\nprint(sys.argv)\n";
        assertEquals(python(dir, prog, "-", "a", "b").stdout(), taipan(dir, prog, "-", "a", "b").stdout());
        assertEquals(python(dir, "print('piped')\n").stdout(), taipan(dir, "print('piped')\n").stdout());
        write("args.py", "import sys\nprint(sys.argv[1:])\n");
        assertEquals("['x', '--y', '-c']\n", taipan(dir, null, "args.py", "x", "--y", "-c").stdout());
    }

    @Test
    void exitStatusesMatchPython() throws IOException {
        String[][] programs = {{"-c", "raise SystemExit(3)"}, {"-c", "import sys; sys.exit('bye')"}, {"-c", "1/0"}, {"-c", "pass"}, {"-c", "raise SystemExit"},
                        {"-c", "import sys; sys.exit(None)"}, {"-z"}, {"-c"}, {"missing_file.py"}};
        for (String[] args : programs) {
            RunResult expected = python(dir, null, args);
            RunResult actual = taipan(dir, null, args);
            assertEquals(expected.exitCode(), actual.exitCode(), () -> String.join(" ", args) + "\n" + actual);
            assertEquals(expected.stdout(), actual.stdout(), () -> String.join(" ", args));
        }
        assertEquals("bye", taipan(dir, null, "-c", "import sys; sys.exit('bye')").stderr().strip());
    }

    @Test
    void uncaughtExceptionPrintsATraceback() throws IOException {
        write("boom.py", "def f():\n    return 1/0\nf()\n");
        RunResult expected = python(dir, null, "boom.py");
        RunResult actual = taipan(dir, null, "boom.py");
        assertEquals(1, actual.exitCode());
        assertEquals(expected.stderr().replace(dir.toRealPath().toString(), "DIR"), actual.stderr().replace(dir.toRealPath().toString(), "DIR"));
    }

    /** -X importtime reports each import as CPython does: the header, then self and cumulative microseconds, indented by nesting. */
    @Test
    void importTimeReportsEachImport() throws IOException {
        write("outer.py", "import inner\n");
        write("inner.py", "x = 1\n");
        RunResult r = taipan(dir, null, "-X", "importtime", "-c", "import outer");
        assertEquals(0, r.exitCode(), r.toString());
        String[] lines = r.stderr().split("\n");
        assertEquals("import time: self [us] | cumulative | imported package", lines[0]);
        java.util.List<String> rows = java.util.Arrays.asList(lines);
        String inner = rows.stream().filter(l -> l.endsWith("|   inner")).findFirst().orElseThrow(() -> new AssertionError(r.stderr()));
        String outer = rows.stream().filter(l -> l.endsWith("| outer")).findFirst().orElseThrow(() -> new AssertionError(r.stderr()));
        assertTrue(rows.indexOf(inner) < rows.indexOf(outer), "a nested import is reported first");
        String[] o = outer.substring("import time:".length()).split("\\|");
        String[] i = inner.substring("import time:".length()).split("\\|");
        assertTrue(Long.parseLong(o[1].strip()) >= Long.parseLong(i[1].strip()) + Long.parseLong(o[0].strip()) - 1, outer + " / " + inner);
        assertEquals("", taipan(dir, null, "-c", "import outer").stderr(), "nothing without the option");
    }

    @Test
    void versionAndHelp() {
        RunResult v = taipan(dir, null, "--version");
        assertTrue(v.stdout().matches("Python 3\\.12\\.\\d+ \\(Taipan [^)]+\\)\n"), v.stdout());
        assertEquals(v.stdout(), taipan(dir, null, "-V").stdout());
        RunResult h = taipan(dir, null, "-h");
        assertEquals(0, h.exitCode());
        assertTrue(h.stdout().startsWith("usage: "), h.stdout());
    }

    @Test
    void runsModulesWithDashM() throws IOException {
        write("pkg/__init__.py", "print('init', __name__)\n");
        write("pkg/__main__.py", "import sys\nprint('main', __name__, __package__, sys.argv[1:])\n");
        write("tool.py", "print('tool', __name__)\n");
        for (String[] args : new String[][]{{"-m", "tool"}, {"-m", "pkg", "arg"}, {"-m", "nonexistent_mod"}}) {
            RunResult expected = python(dir, null, args);
            RunResult actual = taipan(dir, null, args);
            assertEquals(expected.stdout(), actual.stdout(), () -> String.join(" ", args) + "\n" + actual);
            assertEquals(expected.exitCode(), actual.exitCode(), () -> String.join(" ", args) + "\n" + actual);
        }
    }

    @Test
    void compileOnlyReportsSyntaxErrorsLikePython() throws IOException {
        write("good.py", "def f(x):\n    return x * 2\n");
        write("bad.py", "x = 1\nif x\n    pass\n");
        assertEquals(0, taipan(dir, null, "--compile-only", "good.py").exitCode());
        RunResult bad = taipan(dir, null, "--compile-only", "good.py", "bad.py");
        assertEquals(1, bad.exitCode());
        // CPython prints a SyntaxError without a traceback header: file, line, source, caret, message
        RunResult expected = python(dir, null, "-c", "import traceback\ntry:\n    compile(open('bad.py').read(), '" + dir.resolve("bad.py").toAbsolutePath() + "', 'exec')\n" +
                        "except SyntaxError as e:\n    e.__traceback__ = None\n    traceback.print_exception(e)\n");
        assertEquals(expected.stderr(), bad.stderr());
    }

    @Test
    void compileOnlyFindsErrorsInNestedFunctions() throws IOException {
        // found while making the bytecode of a function that never runs
        write("nested.py", "def f():\n    def g():\n        break\n");
        RunResult r = taipan(dir, null, "--compile-only", "nested.py");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("SyntaxError: 'break' outside loop\n"), r.stderr());
    }

    @Test
    void compileOnlyCompilesTheWholeStandardLibrary() {
        List<String> args = new ArrayList<>(List.of("--compile-only"));
        dev.taipan.tests.support.StandardLibrary.sourceFiles().forEach(p -> args.add(p.toString()));
        RunResult r = taipan(dir, null, args.toArray(String[]::new));
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void jitCompilesHotFunctionsAndModuleLoops() throws IOException {
        // a hot function, and a long loop in the module body that only on-stack replacement can compile
        write("hot.py", "def add(a, b):\n    return a + b\n\ntotal = 0\nfor i in range(3_000_000):\n    total = add(total, i)\nprint(total)\n");
        RunResult r = taipan(dir, null, "--engine.TraceCompilation", "--engine.BackgroundCompilation=false", "hot.py");
        assertEquals("4499998500000\n", r.stdout());
        String log = r.stdout() + r.stderr();
        assertTrue(log.contains("opt done") && log.contains("<code add>"), log);
        assertTrue(log.contains("<code <module>><OSR@"), log);
        assertTrue(!log.contains("fallback runtime"), log);
    }

    @Test
    void classesMadePerCallDoNotDeoptimiseTheirMakerAgainAndAgain() throws IOException {
        // each call makes a class, uses it (attributes, hasattr, instantiation with super(),
        // indexing, hash, with) and then changes it, as Enum and dataclass machinery do: the inline caches
        // must go generic instead of deoptimising build() (and the lambdas) on every new class
        write("maker.py", """
                        class Base:
                            def __init__(self, v):
                                self.v = v

                        def build(i):
                            C = type("C", (Base,), {"__init__": lambda self, v: super(C, self).__init__(v),
                                                    "__getitem__": lambda self, k: k, "__hash__": lambda self: 7,
                                                    "__enter__": lambda self: self.v, "__exit__": lambda self, *exc: None})
                            x = C.a if hasattr(C, "a") else i
                            o = C(i)
                            o.w = 1
                            r = o[i] + hash(o) + o.v
                            with o as e:
                                r += e
                            C.b = x
                            return x + o.w + r + C.b

                        total = 0
                        for i in range(20000):
                            total += build(i)
                        print(total)
                        """);
        RunResult r = taipan(dir, null, "--engine.TraceCompilation", "--engine.BackgroundCompilation=false", "maker.py");
        assertEquals("1000110000\n", r.stdout(), r.toString());
        List<String> events = r.stderr().lines().filter(l -> l.contains("opt done") || l.contains("opt deopt")).toList();
        long buildCompiled = events.stream().filter(l -> l.contains("opt done") && l.contains("<code build>")).count();
        long deoptimised = events.stream().filter(l -> l.contains("opt deopt")).count();
        assertTrue(buildCompiled >= 1 && buildCompiled <= 3 && deoptimised <= 2, String.join("\n", events));
    }

    @Test
    void subprocessRunsTaipanItselfWithInheritedStreams() throws IOException {
        // the child's stdin/stdout: a pipe to the parent, inherited (the launcher's own stdout), a file
        write("child.py", """
                        import subprocess, sys
                        r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read() * 2)'], input='ab', capture_output=True, text=True)
                        print(r.returncode, r.stdout.strip())
                        sys.stdout.flush()
                        subprocess.run([sys.executable, '-c', 'print("inherited")'])
                        print(subprocess.call([sys.executable, '-c', 'raise SystemExit(7)']))
                        """);
        RunResult r = taipan(dir, null, "child.py");
        assertEquals("0 abab\ninherited\n7\n", r.stdout(), r.toString());
        assertEquals(0, r.exitCode());
    }

    @Test
    void timeZoneNamesFollowTzLikePython() throws IOException {
        // each case in a child interpreter (sys.executable) with that TZ: unset, empty, zone names
        // with and without ':', POSIX rules, southern-hemisphere, half-hour and numeric-named zones
        write("zones.py", """
                        import os, subprocess, sys
                        SHOW = "import time; print(time.tzname, time.timezone, time.altzone, time.daylight)"
                        for tz in [None, '', 'UTC', 'Europe/Berlin', ':America/New_York', 'EST5EDT,M3.2.0,M11.1.0', 'JST-9',
                                   '<+0330>-3:30', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Chatham']:
                            env = dict(os.environ)
                            env.pop('TZ', None)
                            if tz is not None:
                                env['TZ'] = tz
                            out = subprocess.run([sys.executable, '-c', SHOW], env=env, capture_output=True, text=True)
                            print(repr(tz), out.stdout.strip(), out.returncode)
                        """);
        RunResult expected = python(dir, null, "zones.py");
        RunResult actual = taipan(dir, null, "zones.py");
        assertEquals(expected.stdout(), actual.stdout(), actual.toString());
    }

    @Test
    void tzsetAfterUnsettingTheStartingTzUsesTheSystemZone() throws IOException {
        // started with TZ set, the program unsets it: tzset() must fall back to the system's zone
        // (/etc/localtime), not the zone the JVM took from the starting TZ
        write("unset_tz.py", """
                        import os, subprocess, sys
                        CHILD = '''if 1:
                            import os, time
                            def show():
                                t = time.localtime(1720000000)
                                print(time.tzname, time.timezone, t.tm_hour, t.tm_zone, time.strftime('%Z', t), time.mktime(t))
                            show()
                            del os.environ['TZ']
                            time.tzset()
                            show()
                        '''
                        for tz in ['Asia/Kolkata', 'America/New_York', 'NZST-12NZDT,M9.5.0,M4.1.0/3']:
                            env = dict(os.environ, TZ=tz)
                            out = subprocess.run([sys.executable, '-c', CHILD], env=env, capture_output=True, text=True)
                            print(repr(tz), out.stdout, out.stderr, out.returncode)
                        """);
        RunResult expected = python(dir, null, "unset_tz.py");
        RunResult actual = taipan(dir, null, "unset_tz.py");
        assertEquals(expected.stdout(), actual.stdout(), actual.toString());
    }

    @Test
    void breakpointStopsInPdbWhichStepsThroughTheProgram() throws IOException {
        write("debugged.py", """
                        def f(n):
                            total = 0
                            for i in range(n):
                                total += i
                            return total
                        def g():
                            breakpoint()
                            return f(4) * 2
                        print(g())
                        """);
        // step into f, next three times (into the loop), print two locals, return, continue
        RunResult r = taipan(dir, "s\nn\nn\nn\np total, i\nr\nc\n", "debugged.py");
        String file = dir.resolve("debugged.py").toString();
        String expected = "> " + file + "(8)g()\n-> return f(4) * 2\n(Pdb) --Call--\n> " + file + "(1)f()\n-> def f(n):\n"
                        + "(Pdb) > " + file + "(2)f()\n-> total = 0\n(Pdb) > " + file + "(3)f()\n-> for i in range(n):\n"
                        + "(Pdb) > " + file + "(4)f()\n-> total += i\n(Pdb) (0, 0)\n(Pdb) --Return--\n> " + file + "(5)f()->6\n"
                        + "-> return total\n(Pdb) 12\n";
        assertEquals(expected, r.stdout(), r.toString());
        assertEquals(0, r.exitCode(), r.toString());
    }

    @Test
    void frameObjectsDoNotOutliveTheirActivations() throws IOException {
        // each call makes its frame object (sys._getframe) while holding 80 KB: kept, 30,000 of
        // them would need 2.4 GB
        write("frames.py", "import sys\ndef f(n):\n    big = [0] * 10000\n    sys._getframe()\n    return n\nfor i in range(30000):\n    f(i)\nprint('ok')\n");
        RunResult r = taipan(dir, null, "--vm.Xmx64m", "frames.py");
        assertEquals("ok\n", r.stdout(), r.toString());
    }

    @Test
    void heapStaysNearItsLiveDataWhilePromotedGarbagePilesUp() throws IOException {
        // three 10 MB lists alive at a time overflow the survivor space, so each young collection
        // promotes them and they die in the old generation: 4 GB of them in all. Unpaced, the
        // heap reached 1,090 MB before a collection; paced (HeapPacer), 450-480 MB.
        write("churn.py", """
                        keep = [None, None, None]
                        for i in range(400):
                            keep[i % 3] = [bytes(1000) for _ in range(10000)]
                        print('done')
                        """);
        RunResult r = taipan(dir, null, "--vm.Xlog:gc:stderr", "churn.py");
        assertEquals("done\n", r.stdout(), r.toString());
        // "[1.2s][info][gc] GC(7) Pause Young (Allocation Failure) 592M->492M(593M) 6.4ms"
        Pattern pause = Pattern.compile("Pause .*? (\\d+)M->\\d+M");
        int peak = r.stderr().lines().map(pause::matcher).filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        assertTrue(peak > 0 && peak < 800, "heap in use before a collection peaked at " + peak + " MB\n" + r.stderr());
    }

    @Test
    void interactiveModeEchoesValues() {
        RunResult r = taipan(dir, "x = 6\nx * 7\nfor i in range(2):\n    print(i)\n\n1/0\n'after error'\n", "-i", "-q");
        assertTrue(r.stdout().contains("42\n0\n1\n'after error'\n"), r.toString());
        assertTrue(r.stderr().contains("ZeroDivisionError: division by zero"), r.toString());
        assertEquals(0, r.exitCode());
    }
}
