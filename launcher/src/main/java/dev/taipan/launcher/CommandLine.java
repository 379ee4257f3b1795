package dev.taipan.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line. Follows CPython's rules: short options may be combined ({@code -Bu})
 * and take their argument attached or as the next word ({@code -Wd}, {@code -W d}); the first of
 * {@code -c CMD}, {@code -m MOD}, {@code -} or a file name ends the options and everything after
 * it becomes {@code sys.argv[1:]}. Words starting with {@code --engine.}, {@code --compiler.},
 * {@code --taipan.} or {@code --log.} are polyglot options passed to the context unchanged.
 */
final class CommandLine {
    enum Mode {
        /** Run a file. */
        SCRIPT,
        /** -c: run a string. */
        COMMAND,
        /** -m: run a module as __main__. */
        MODULE,
        /** Read the program from standard input ({@code -} or a non-terminal stdin). */
        STDIN,
        /** The interactive prompt. */
        REPL,
        /** --compile-only: parse and compile files without running them. */
        COMPILE_ONLY,
        /** --dump-ast: print the AST of files like ast.dump. */
        DUMP_AST,
        VERSION,
        HELP
    }

    /** A malformed command line; CPython prints the message and the usage line and exits 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    Mode mode = Mode.REPL;
    /** The file, command or module name of SCRIPT/COMMAND/MODULE. */
    String target;
    /** sys.argv. */
    final List<String> argv = new ArrayList<>();
    /** Files of COMPILE_ONLY and DUMP_AST. */
    final List<String> files = new ArrayList<>();
    /** Polyglot options for the context: taipan.*, engine.*, compiler.*, log.*. */
    final Map<String, String> options = new LinkedHashMap<>();
    int versionLevel;
    boolean inspect;
    boolean skipFirstLine;
    boolean jitOff;
    boolean quiet;
    boolean ignoreEnvironment;
    private int verbose;
    private int optimize;
    private int bytesWarning;
    private final List<String> warnOptions = new ArrayList<>();
    private final List<String> xOptions = new ArrayList<>();

    /** Short options that take an argument. */
    private static final String WITH_ARGUMENT = "cmWX";
    private static final String FLAGS = "bBdEhiIOPqsSuvVx?";

    static CommandLine parse(String[] args, Map<String, String> env) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        scan: while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("-") || !a.startsWith("-")) {
                break;
            }
            if (a.startsWith("--")) {
                i = cl.longOption(args, i);
                if (cl.mode == Mode.COMPILE_ONLY || cl.mode == Mode.DUMP_AST) {
                    return cl.finishFiles(args, i);
                }
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (WITH_ARGUMENT.indexOf(c) >= 0) {
                    String value;
                    if (k + 1 < a.length()) {
                        value = a.substring(k + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    i++;
                    if (c == 'c' || c == 'm') {
                        cl.mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                        cl.target = value;
                        cl.argv.add("-" + c);
                        cl.addRest(args, i);
                        return cl.finish(env);
                    }
                    (c == 'W' ? cl.warnOptions : cl.xOptions).add(value);
                    continue scan;
                }
                if (FLAGS.indexOf(c) < 0) {
                    throw new UsageError("Unknown option: -" + c);
                }
                cl.flag(c);
            }
            i++;
        }
        if (i < args.length) {
            String first = args[i];
            cl.mode = first.equals("-") ? Mode.STDIN : Mode.SCRIPT;
            cl.target = first;
            cl.argv.add(first);
            cl.addRest(args, i + 1);
        } else {
            cl.argv.add("");
        }
        return cl.finish(env);
    }

    private void flag(char c) {
        switch (c) {
            case 'b' -> bytesWarning++;
            case 'B' -> options.put("taipan.DontWriteBytecode", "true");
            case 'd' -> {
                // parser debug output: a CPython debug-build feature, accepted and ignored
            }
            case 'E' -> ignoreEnvironment = true;
            case 'h', '?' -> mode = mode == Mode.VERSION ? mode : Mode.HELP;
            case 'i' -> inspect = true;
            case 'I' -> {
                options.put("taipan.Isolated", "true");
                ignoreEnvironment = true;
            }
            case 'O' -> optimize++;
            case 'P' -> options.put("taipan.SafePath", "true");
            case 'q' -> quiet = true;
            case 's' -> options.put("taipan.NoUserSite", "true");
            case 'S' -> options.put("taipan.NoSite", "true");
            case 'u' -> options.put("taipan.Unbuffered", "true");
            case 'v' -> verbose++;
            case 'V' -> {
                versionLevel++;
                mode = Mode.VERSION;
            }
            case 'x' -> skipFirstLine = true;
            default -> throw new AssertionError(c);
        }
    }

    /** Handles {@code args[i]}, a word starting with "--"; returns the index of the next word. */
    private int longOption(String[] args, int i) throws UsageError {
        String a = args[i];
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
            value = name.substring(eq + 1);
            name = name.substring(0, eq);
        }
        switch (name) {
            case "version" -> {
                versionLevel++;
                mode = Mode.VERSION;
            }
            case "help", "help-all", "help-env", "help-xoptions" -> mode = Mode.HELP;
            case "check-hash-based-pycs" -> {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                    }
                    i++;
                }
            }
            case "jit" -> {
                if (!"off".equals(value) && !"on".equals(value)) {
                    throw new UsageError("--jit takes 'on' or 'off'");
                }
                jitOff = "off".equals(value);
            }
            case "compile-only" -> mode = Mode.COMPILE_ONLY;
            case "dump-ast" -> mode = Mode.DUMP_AST;
            case "experimental-options" -> options.put("__experimental__", "true");
            default -> {
                if (isPolyglotOption(name)) {
                    options.put(name, value == null ? "true" : value);
                } else if (name.startsWith("vm.")) {
                    // JVM options are applied by bin/taipan before the VM starts
                } else {
                    throw new UsageError("unknown option " + a);
                }
            }
        }
        return i + 1;
    }

    private static boolean isPolyglotOption(String name) {
        return name.startsWith("engine.") || name.startsWith("compiler.") || name.startsWith("taipan.") || name.startsWith("log.") || name.startsWith("sandbox.");
    }

    private CommandLine finishFiles(String[] args, int i) throws UsageError {
        for (; i < args.length; i++) {
            files.add(args[i]);
        }
        if (files.isEmpty()) {
            throw new UsageError("--" + (mode == Mode.COMPILE_ONLY ? "compile-only" : "dump-ast") + " needs at least one file");
        }
        argv.add("");
        return finish(Map.of());
    }

    private void addRest(String[] args, int from) {
        for (int k = from; k < args.length; k++) {
            argv.add(args[k]);
        }
    }

    /** Adds the PYTHON* environment variables (unless -E) and the counted flags to the options. */
    private CommandLine finish(Map<String, String> env) {
        if (!ignoreEnvironment) {
            if (nonEmpty(env, "PYTHONUNBUFFERED")) {
                options.putIfAbsent("taipan.Unbuffered", "true");
            }
            if (nonEmpty(env, "PYTHONDONTWRITEBYTECODE")) {
                options.putIfAbsent("taipan.DontWriteBytecode", "true");
            }
            if (nonEmpty(env, "PYTHONSAFEPATH")) {
                options.putIfAbsent("taipan.SafePath", "true");
            }
            if (nonEmpty(env, "PYTHONNOUSERSITE")) {
                options.putIfAbsent("taipan.NoUserSite", "true");
            }
            if (nonEmpty(env, "PYTHONINSPECT")) {
                inspect = true;
            }
            optimize = Math.max(optimize, levelOf(env.get("PYTHONOPTIMIZE")));
            verbose = Math.max(verbose, levelOf(env.get("PYTHONVERBOSE")));
            String w = env.get("PYTHONWARNINGS");
            if (w != null && !w.isEmpty()) {
                for (String part : w.split(",")) {
                    warnOptions.add(0, part.strip());
                }
            }
        } else {
            options.put("taipan.IgnoreEnvironment", "true");
        }
        if (inspect) {
            options.put("taipan.Inspect", "true");
        }
        if (quiet) {
            options.put("taipan.Quiet", "true");
        }
        putCount("taipan.Optimize", optimize);
        putCount("taipan.Verbose", verbose);
        putCount("taipan.BytesWarning", bytesWarning);
        if (!warnOptions.isEmpty()) {
            options.put("taipan.WarnOptions", String.join("\n", warnOptions));
        }
        if (!xOptions.isEmpty()) {
            options.put("taipan.XOptions", String.join("\n", xOptions));
        }
        if (jitOff) {
            options.put("engine.Compilation", "false");
        }
        return this;
    }

    private void putCount(String key, int n) {
        if (n > 0) {
            options.put(key, Integer.toString(n));
        }
    }

    private static boolean nonEmpty(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }

    /** PYTHONOPTIMIZE=2 means -OO; any other non-empty value counts as 1. */
    private static int levelOf(String v) {
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
