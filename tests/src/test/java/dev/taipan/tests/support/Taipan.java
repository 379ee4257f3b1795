package dev.taipan.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs Python programs on Taipan inside the test JVM: one shared engine (so compiled code is
 * reused), a fresh context per program, output captured the way the launcher reports it
 * (uncaught exceptions through sys.excepthook, SystemExit as the exit status).
 */
public final class Taipan {
    private Taipan() {
    }

    private static final Engine ENGINE = Engine.newBuilder("taipan").option("engine.WarnInterpreterOnly", "false").build();

    /** The standalone distribution built by the component module, for launcher tests. */
    public static Path distribution() {
        Path dist = Path.of(System.getProperty("taipan.test.dist", "../component/target/taipan")).toAbsolutePath().normalize();
        if (!Files.isExecutable(dist.resolve("bin/taipan"))) {
            throw new IllegalStateException("no standalone distribution at " + dist + " (run the tests with bin/test, which builds it)");
        }
        return dist;
    }

    /** Runs {@code file} as {@code taipan file args...} would, with the file's directory as cwd-independent sys.path[0]. */
    public static RunResult run(Path file, String... args) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> argv = new ArrayList<>();
            argv.add(file.toString());
            argv.addAll(List.of(args));
            return run(Source.newBuilder("taipan", file.toFile()).content(text).build(), argv.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RunResult runCode(String code) {
        return run(Source.create("taipan", code), new String[]{"-c"});
    }

    /** Runs on a thread with bin/taipan's 1 GiB stack, so that deep recursion behaves as in the launcher. */
    private static RunResult run(Source source, String[] argv) {
        RunResult[] result = new RunResult[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = runHere(source, argv);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "taipan-test", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        } else if (failure[0] instanceof Error er) {
            throw er;
        } else if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        return result[0];
    }

    private static RunResult runHere(Source source, String[] argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = 0;
        try (Context context = Context.newBuilder("taipan").engine(ENGINE).out(out).err(err).allowAllAccess(true).arguments("taipan", argv)
                        .option("taipan.StdLibHome", StandardLibrary.home()).build()) {
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                status = report(context, e, err);
            }
        }
        return new RunResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    private static int report(Context context, PolyglotException e, ByteArrayOutputStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (!e.isGuestException() || e.isInternalError()) {
            throw new AssertionError("internal error in Taipan: " + e.getMessage(), e);
        }
        Value exc = e.getGuestObject();
        Value hook = context.eval("taipan", "__import__('sys').excepthook");
        hook.execute(exc.getMetaObject(), exc, exc.getMember("__traceback__"));
        return 1;
    }
}
