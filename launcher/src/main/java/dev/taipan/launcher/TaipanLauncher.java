package dev.taipan.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The {@code taipan} command. bin/taipan starts the JVM with the Graal JIT and calls
 * {@link #main}; this class turns CPython's command line into a polyglot context, runs the
 * program and maps the outcome to an exit status the way CPython does.
 */
public final class TaipanLauncher {
    static final String LANGUAGE = "taipan";
    /**
     * The MIME type of a program run from the command line (TaipanLanguage.PROGRAM_MIME_TYPE):
     * its eval returns 0 instead of a Value the launcher would not use and that costs ~100 ms.
     */
    static final String PROGRAM = "text/x-python-program";

    private final CommandLine commandLine;
    private final PrintStream err = System.err;

    private TaipanLauncher(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status. */
    static int run(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, System.getenv());
        } catch (CommandLine.UsageError e) {
            System.err.println(e.getMessage());
            System.err.println(Usage.line());
            System.err.println(Usage.tryHelp());
            return 2;
        }
        switch (cl.mode) {
            case HELP:
                System.out.print(Usage.help());
                return 0;
            case VERSION:
                System.out.println(LauncherInfo.version(cl.versionLevel));
                return 0;
            default:
                return new TaipanLauncher(cl).launch();
        }
    }

    private int launch() {
        try (Context context = newContext()) {
            int status = runMode(context);
            if (commandLine.inspect && commandLine.mode != CommandLine.Mode.REPL && commandLine.mode != CommandLine.Mode.COMPILE_ONLY && commandLine.mode != CommandLine.Mode.DUMP_AST && status != EXITED) {
                status = new Repl(context, true).run();
            }
            return status == EXITED ? exitStatus : status;
        } catch (PolyglotException e) {
            // closing a context whose program called sys.exit() in another thread, or similar
            if (e.isExit()) {
                return e.getExitStatus();
            }
            err.println("taipan: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            // a bad polyglot option: "Could not find option with name engine.Foo"
            err.println("taipan: " + e.getMessage());
            return 2;
        }
    }

    /** Marker status: the program raised SystemExit (the real status is in {@link #exitStatus}). */
    private static final int EXITED = Integer.MIN_VALUE;
    private int exitStatus;

    private int runMode(Context context) {
        switch (commandLine.mode) {
            case SCRIPT:
                return runScript(context);
            case COMMAND:
                return runSource(context, Source.newBuilder(LANGUAGE, commandLine.target, "<string>").mimeType(PROGRAM).buildLiteral());
            case MODULE:
                return runSource(context, Source.newBuilder(LANGUAGE, "__import__('_taipan').run_module_as_main(" + pythonString(commandLine.target) + ")",
                                "<run_module>").mimeType(PROGRAM).internal(true).buildLiteral());
            case STDIN:
                return runStdin(context);
            case REPL:
                if (LauncherInfo.stdinIsTerminal() || commandLine.inspect) {
                    return new Repl(context, commandLine.quiet).run();
                }
                return runStdin(context);
            case COMPILE_ONLY:
                return new CompileOnly(context, err).compileAll(commandLine.files);
            case DUMP_AST:
                return new CompileOnly(context, err).dumpAll(commandLine.files);
            default:
                throw new AssertionError(commandLine.mode);
        }
    }

    private int runScript(Context context) {
        File file = new File(commandLine.target);
        String absolute = file.getAbsolutePath();
        if (!file.exists()) {
            err.println(LauncherInfo.executable() + ": can't open file '" + absolute + "': [Errno 2] No such file or directory");
            return 2;
        }
        if (file.isDirectory()) {
            // a directory with __main__.py runs like a package; CPython does this through runpy
            return runSource(context, Source.newBuilder(LANGUAGE, "__import__('_taipan').run_path_as_main(" + pythonString(absolute) + ")", "<run_path>").mimeType(PROGRAM).internal(true).buildLiteral());
        }
        try {
            Source.Builder source = Source.newBuilder(LANGUAGE, file.getAbsoluteFile()).mimeType(PROGRAM);
            if (commandLine.skipFirstLine) {
                String text = Source.newBuilder(LANGUAGE, file.getAbsoluteFile()).build().getCharacters().toString();
                int nl = text.indexOf('\n');
                // -x drops the first line but keeps its newline so line numbers stay the file's
                source.content(nl < 0 ? "" : text.substring(nl));
            }
            return runSource(context, source.build());
        } catch (IOException e) {
            err.println(LauncherInfo.executable() + ": can't open file '" + absolute + "': [Errno 13] Permission denied");
            return 2;
        }
    }

    private int runStdin(Context context) {
        try {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            return runSource(context, Source.newBuilder(LANGUAGE, text, "<stdin>").mimeType(PROGRAM).buildLiteral());
        } catch (IOException e) {
            err.println(LauncherInfo.executable() + ": cannot read stdin: " + e.getMessage());
            return 1;
        }
    }

    private int runSource(Context context, Source source) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            int status = GuestErrors.report(context, e, err);
            if (e.isExit()) {
                exitStatus = status;
                return EXITED;
            }
            return status;
        }
    }

    private Context newContext() {
        Context.Builder builder = Context.newBuilder(LANGUAGE).allowAllAccess(true).arguments(LANGUAGE, commandLine.argv.toArray(String[]::new));
        boolean experimental = false;
        for (Map.Entry<String, String> option : commandLine.options.entrySet()) {
            if (option.getKey().equals("__experimental__")) {
                experimental = true;
            } else {
                builder.option(option.getKey(), option.getValue());
            }
        }
        builder.allowExperimentalOptions(experimental || commandLine.options.keySet().stream().anyMatch(k -> k.startsWith("engine.") || k.startsWith("compiler.")));
        String stdlib = LauncherInfo.stdlibHome();
        if (stdlib != null && !commandLine.options.containsKey("taipan.StdLibHome")) {
            builder.option("taipan.StdLibHome", stdlib);
        }
        builder.option("taipan.Executable", LauncherInfo.executable());
        if (commandLine.mode == CommandLine.Mode.COMPILE_ONLY) {
            // every nested function too, so that errors found while making bytecode are reported
            builder.allowExperimentalOptions(true).option("taipan.EagerCompile", "true");
        }
        return builder.build();
    }

    /** A Python string literal for {@code s}. */
    static String pythonString(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\'') {
                b.append('\\').append(c);
            } else if (c < ' ') {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    static Value sys(Context context) {
        return context.eval(LANGUAGE, "__import__('sys')");
    }
}
