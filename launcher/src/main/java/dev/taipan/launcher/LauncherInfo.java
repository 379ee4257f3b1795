package dev.taipan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Facts about this installation: versions from the build, and what bin/taipan tells the JVM
 * through system properties (its own path, the distribution directory, whether stdin is a
 * terminal).
 */
final class LauncherInfo {
    private LauncherInfo() {
    }

    static final String TAIPAN_VERSION;
    static final String PYTHON_VERSION;
    static final String GRAALVM_VERSION;

    static {
        Properties p = new Properties();
        try (InputStream in = LauncherInfo.class.getResourceAsStream("launcher.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the defaults below
        }
        TAIPAN_VERSION = p.getProperty("taipan.version", "0.1.0");
        PYTHON_VERSION = p.getProperty("python.version", "3.12.8");
        GRAALVM_VERSION = p.getProperty("graalvm.version", "25.0.1");
    }

    /** The command name used in messages: the path bin/taipan was started as. */
    static String executable() {
        return System.getProperty("taipan.executable", "taipan");
    }

    /** The standard library shipped with the standalone distribution, or null. */
    static String stdlibHome() {
        String home = System.getProperty("taipan.home");
        if (home == null) {
            return null;
        }
        Path lib = Path.of(home, "lib-python", "3.12");
        return Files.isDirectory(lib) ? lib.toString() : null;
    }

    /** Whether standard input is a terminal (bin/taipan checks with {@code test -t 0}). */
    static boolean stdinIsTerminal() {
        String s = System.getProperty("taipan.stdinTty");
        if (s != null) {
            return s.equals("true");
        }
        var console = System.console();
        return console != null && console.isTerminal();
    }

    /** {@code -V}: "Python 3.12.8 (Taipan 0.1.0)"; {@code -VV} adds GraalVM and Java versions. */
    static String version(int level) {
        if (level <= 1) {
            return "Python " + PYTHON_VERSION + " (Taipan " + TAIPAN_VERSION + ")";
        }
        return "Python " + PYTHON_VERSION + " (Taipan " + TAIPAN_VERSION + ", GraalVM CE " + GRAALVM_VERSION + " Truffle) [Java " + Runtime.version() + "]";
    }
}
