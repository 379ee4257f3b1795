package dev.taipan.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The oracle: runs a program with the machine's python3 (CPython 3.11 here). */
public final class CPython {
    private CPython() {
    }

    public static RunResult run(Path file, String... args) {
        return runWith("python3", file, args);
    }

    /** Runs a program with the given CPython executable. */
    public static RunResult runWith(String executable, Path file, String... args) {
        List<String> cmd = new ArrayList<>(List.of(executable, "-X", "utf8", file.getFileName().toString()));
        cmd.addAll(List.of(args));
        return Processes.run(cmd, file.getParent(), null);
    }

    /** Runs {@code code} with {@code python3 -c}. */
    public static RunResult runCode(String code) {
        return Processes.run(List.of("python3", "-X", "utf8", "-c", code), null, null);
    }

    /** Whether python3 can be run here. */
    public static boolean available() {
        try {
            return new ProcessBuilder("python3", "-c", "pass").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The version of the oracle, e.g. "3.11". */
    public static String version() {
        return runCode("import sys; print('%d.%d' % sys.version_info[:2])").stdout().strip();
    }

    /** A CPython executable and its version. */
    public record Interpreter(String executable, int major, int minor) {
        public boolean is(int maj, int min) {
            return major == maj && minor == min;
        }

        @Override
        public String toString() {
            return executable + " (" + major + "." + minor + ")";
        }
    }

    /**
     * The interpreter to hold the front end against: CPython 3.12, the grammar Taipan implements,
     * when one is installed (system property taipan.test.python312, python3.12 on PATH, a pyenv
     * 3.12), else python3, whatever its version; null when there is no python at all.
     */
    public static Interpreter grammarReference() {
        List<String> candidates = new ArrayList<>();
        String prop = System.getProperty("taipan.test.python312");
        if (prop != null && !prop.isEmpty()) {
            candidates.add(prop);
        }
        candidates.add("python3.12");
        Path versions = Path.of(System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv"), "versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> s = Files.list(versions)) {
                s.filter(p -> p.getFileName().toString().startsWith("3.12.")).sorted().map(p -> p.resolve("bin/python3.12").toString()).forEach(candidates::add);
            } catch (IOException e) {
                // no pyenv interpreters to offer
            }
        }
        candidates.add("python3");
        for (String exe : candidates) {
            Interpreter found = probe(exe);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Interpreter probe(String exe) {
        try {
            RunResult r = Processes.run(List.of(exe, "-c", "import sys; print(*sys.version_info[:2])"), null, null);
            String[] v = r.stdout().strip().split(" ");
            return r.exitCode() == 0 && v.length == 2 ? new Interpreter(exe, Integer.parseInt(v[0]), Integer.parseInt(v[1])) : null;
        } catch (IllegalStateException e) {
            // not installed
            return null;
        }
    }

    /** Small helper shared with the launcher tests: run a command and collect its output. */
    public static final class Processes {
        private Processes() {
        }

        public static RunResult run(List<String> cmd, Path dir, String stdin) {
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd);
                if (dir != null) {
                    pb.directory(dir.toFile());
                }
                pb.environment().put("PYTHONHASHSEED", "0");
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                if (stdin != null) {
                    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                p.getOutputStream().close();
                var out = p.getInputStream().readAllBytes();
                var err = p.getErrorStream().readAllBytes();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timed out: " + cmd);
                }
                return new RunResult(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), p.exitValue());
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + cmd, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
