package dev.taipan.launcher;

import java.io.IOException;
import java.io.PrintStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The interactive prompt. Lines are collected until the language says the input is complete
 * (an open bracket or a compound statement without its closing blank line is "incomplete
 * source"); the statement is then compiled in interactive mode, so expression values are echoed
 * through {@code sys.displayhook}. Errors print a traceback and the session goes on.
 */
final class Repl {
    private final Context context;
    private final boolean quiet;
    private final PrintStream err = System.err;

    Repl(Context context, boolean quiet) {
        this.context = context;
        this.quiet = quiet;
    }

    int run() {
        if (!quiet) {
            err.println("Python " + LauncherInfo.PYTHON_VERSION + " (Taipan " + LauncherInfo.TAIPAN_VERSION + ", GraalVM CE " + LauncherInfo.GRAALVM_VERSION + ") [Java " +
                            Runtime.version().feature() + "] on " + System.getProperty("os.name").toLowerCase());
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        Value sys = TaipanLauncher.sys(context);
        if (!sys.hasMember("ps1")) {
            sys.putMember("ps1", ">>> ");
        }
        if (!sys.hasMember("ps2")) {
            sys.putMember("ps2", "... ");
        }
        try (LineInput input = LauncherInfo.stdinIsTerminal() ? new TerminalInput() : new LineInput.Plain(err)) {
            return loop(input, sys);
        } catch (IOException e) {
            err.println("taipan: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private int loop(LineInput input, Value sys) {
        while (true) {
            StringBuilder text = new StringBuilder();
            String prompt = sys.getMember("ps1").toString();
            while (true) {
                String line;
                try {
                    line = input.readLine(prompt);
                } catch (LineInput.Interrupted e) {
                    err.println("\nKeyboardInterrupt");
                    break;
                }
                if (line == null) {
                    if (LauncherInfo.stdinIsTerminal()) {
                        err.println();
                    }
                    return 0;
                }
                text.append(line).append('\n');
                Value code;
                try {
                    code = context.parse(Source.newBuilder(TaipanLauncher.LANGUAGE, text.toString(), "<stdin>").interactive(true).buildLiteral());
                } catch (PolyglotException e) {
                    if (e.isIncompleteSource()) {
                        prompt = sys.getMember("ps2").toString();
                        continue;
                    }
                    GuestErrors.report(context, e, err);
                    break;
                }
                Integer status = execute(code);
                if (status != null) {
                    return status;
                }
                break;
            }
        }
    }

    /** Runs one statement; returns the exit status if it raised SystemExit, else null. */
    private Integer execute(Value code) {
        try {
            code.execute();
        } catch (PolyglotException e) {
            int status = GuestErrors.report(context, e, err);
            if (e.isExit()) {
                return status;
            }
        }
        return null;
    }
}
