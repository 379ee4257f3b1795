package dev.taipan.launcher;

/** The texts of {@code -h} and of a usage error. */
final class Usage {
    private Usage() {
    }

    static String line() {
        return "usage: " + LauncherInfo.executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    static String tryHelp() {
        return "Try `taipan -h' for more information.";
    }

    static String help() {
        return line() + """

                        Options (and corresponding environment variables):
                        -b     : warn about str(bytes) and str(bytearray); -bb makes them errors
                        -B     : do not write .pyc files (Taipan never writes them); PYTHONDONTWRITEBYTECODE=x
                        -c cmd : program passed in as string (terminates option list)
                        -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
                        -h     : print this help message and exit (also -? or --help)
                        -i     : inspect interactively after running script; forces a prompt even
                                 if stdin does not appear to be a terminal; PYTHONINSPECT=x
                        -I     : isolate from the user's environment (implies -E, -P and -s)
                        -m mod : run library module as a script (terminates option list)
                        -O     : remove assert and __debug__-dependent statements; PYTHONOPTIMIZE=x
                        -OO    : do -O changes and also discard docstrings
                        -P     : do not prepend the script's directory to sys.path; PYTHONSAFEPATH=x
                        -q     : do not print the version banner on interactive start-up
                        -s     : do not add the user site directory to sys.path; PYTHONNOUSERSITE=x
                        -S     : do not imply 'import site' on initialization
                        -u     : unbuffered binary stdout and stderr; PYTHONUNBUFFERED=x
                        -v     : verbose (trace import statements); PYTHONVERBOSE=x
                        -V     : print the Python version number and exit (also --version); -VV for more
                        -W arg : warning control; arg is action:message:category:module:lineno
                        -x     : skip the first line of source, allowing non-Unix forms of #!cmd
                        -X opt : set implementation-specific option
                        file   : program read from script file
                        -      : program read from stdin (default; interactive mode if a tty)
                        arg ...: arguments passed to program in sys.argv[1:]

                        Taipan options:
                        --jit=off              : run on the Truffle interpreter only (no Graal compilation)
                        --compile-only FILE... : parse and compile the files without running them
                        --dump-ast FILE...     : print the abstract syntax tree of the files like ast.dump
                        --engine.NAME=VALUE    : a GraalVM polyglot engine option (e.g. --engine.TraceCompilation)
                        --taipan.NAME=VALUE    : a Taipan language option
                        --vm.OPTION            : a JVM option (e.g. --vm.Xmx4g)

                        Environment variables:
                        PYTHONPATH   : ':'-separated list of directories prefixed to the module search path
                        TAIPAN_STDLIB: directory of the pure-Python standard library to use
                        JAVA_HOME    : the JDK (version 25 or newer) to run on
                        """;
    }
}
