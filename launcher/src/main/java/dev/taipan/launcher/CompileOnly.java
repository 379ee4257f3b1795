package dev.taipan.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * {@code --compile-only} and {@code --dump-ast}: the front end on files without running them.
 * Errors print as CPython prints a SyntaxError (file, line, source and caret); the exit status
 * is 1 if any file failed.
 */
final class CompileOnly {
    private final Context context;
    private final PrintStream err;

    CompileOnly(Context context, PrintStream err) {
        this.context = context;
        this.err = err;
    }

    int compileAll(List<String> files) {
        int status = 0;
        for (String name : files) {
            Source source = read(name);
            if (source == null) {
                status = 1;
                continue;
            }
            try {
                context.parse(source);
            } catch (PolyglotException e) {
                GuestErrors.report(context, e, err);
                status = 1;
            }
        }
        return status;
    }

    int dumpAll(List<String> files) {
        int status = 0;
        Value dump = context.eval(TaipanLauncher.LANGUAGE, "__import__('_taipan').dump_ast");
        for (String name : files) {
            Source source = read(name);
            if (source == null) {
                status = 1;
                continue;
            }
            try {
                System.out.println(dump.execute(source.getCharacters().toString(), source.getPath()).asString());
            } catch (PolyglotException e) {
                GuestErrors.report(context, e, err);
                status = 1;
            }
        }
        return status;
    }

    private Source read(String name) {
        File file = new File(name).getAbsoluteFile();
        try {
            return Source.newBuilder(TaipanLauncher.LANGUAGE, file).build();
        } catch (IOException e) {
            err.println(LauncherInfo.executable() + ": can't open file '" + file + "': [Errno 2] No such file or directory");
            return null;
        }
    }
}
