package dev.taipan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version numbers from the build (taipan.properties). */
public final class TaipanVersion {
    private TaipanVersion() {
    }

    public static final String TAIPAN;
    public static final String PYTHON;
    public static final String GRAALVM;
    public static final int[] PYTHON_PARTS;

    static {
        Properties p = new Properties();
        try (InputStream in = TaipanVersion.class.getResourceAsStream("taipan.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // keep the defaults below
        }
        TAIPAN = p.getProperty("taipan.version", "0.1.0");
        PYTHON = p.getProperty("python.version", "3.12.8");
        GRAALVM = p.getProperty("graalvm.version", "25.0.1");
        String[] parts = PYTHON.split("\\.");
        PYTHON_PARTS = new int[]{Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** sys.version: "3.12.8 (Taipan 0.1.0, GraalVM CE 25.0.1) [Java 25]". */
    public static String sysVersion() {
        return PYTHON + " (Taipan " + TAIPAN + ", GraalVM CE " + GRAALVM + ") [Java " + Runtime.version().feature() + "]";
    }
}
