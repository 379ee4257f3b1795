package dev.taipan.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The oracle: runs a program with the machine's python3 (CPython 3.11 here). */
public final class CPython {
    private CPython() {
    }

    public static RunResult run(Path file, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", "-X", "utf8", file.getFileName().toString()));
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
