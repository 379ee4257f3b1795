package dev.taipan.builtins.modules;

import java.util.List;
import java.util.Map;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.os.PathArgs;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code posix}: the C half of {@code os}, emulated on java.nio (see runtime/os). */
public final class PosixModule implements BuiltinRegistry.ModuleDefinition {
    private static final Object[] CONSTANTS = {
        "F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1,
        "O_RDONLY", 0, "O_WRONLY", 1, "O_RDWR", 2, "O_ACCMODE", 3, "O_CREAT", 0100, "O_EXCL", 0200, "O_NOCTTY", 0400, "O_TRUNC", 01000,
        "O_APPEND", 02000, "O_NONBLOCK", 04000, "O_NDELAY", 04000, "O_DSYNC", 010000, "O_SYNC", 04010000, "O_RSYNC", 04010000, "O_ASYNC", 020000,
        "O_DIRECT", 040000, "O_LARGEFILE", 0, "O_DIRECTORY", 0200000, "O_NOFOLLOW", 0400000, "O_NOATIME", 01000000, "O_CLOEXEC", 02000000,
        "O_PATH", 010000000, "O_TMPFILE", 020200000,
        "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "SEEK_DATA", 3, "SEEK_HOLE", 4,
        "WNOHANG", 1, "WUNTRACED", 2, "WCONTINUED", 8, "EX_OK", 0, "EX_USAGE", 64, "EX_DATAERR", 65, "EX_NOINPUT", 66, "EX_SOFTWARE", 70,
        "EX_OSERR", 71, "EX_IOERR", 74, "EX_TEMPFAIL", 75, "EX_NOPERM", 77, "EX_CONFIG", 78,
        "ST_RDONLY", 1, "ST_NOSUID", 2, "NGROUPS_MAX", 65536, "TMP_MAX", 238328,
        "P_PID", 1, "P_PGID", 2, "P_ALL", 0,
    };

    private static final String[] HAVE_FUNCTIONS = {"HAVE_FACCESSAT", "HAVE_FCHMOD", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT",
                    "HAVE_UNLINKAT", "HAVE_UTIMENSAT", "HAVE_LSTAT"};

    @Override
    public String name() {
        return "posix";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(PosixFileFunctionsFactory::getFactories, PosixFdFunctionsFactory::getFactories, PosixProcessFunctionsFactory::getFactories,
                        PosixWaitFunctionsFactory::getFactories);
    }

    static PythonClass terminalSizeType() {
        return OsState.get().structType("os.terminal_size", new String[]{"columns", "lines"}, 2);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.setAttribute((String) CONSTANTS[i], (long) (Integer) CONSTANTS[i + 1]);
        }
        PList have = new PList();
        for (String h : HAVE_FUNCTIONS) {
            have.append(h);
        }
        m.setAttribute("_have_functions", have);
        PDict environ = new PDict();
        for (Map.Entry<String, String> e : ctx.getEnv().getEnvironment().entrySet()) {
            environ.setItem(PathArgs.toBytes(e.getKey()), PathArgs.toBytes(e.getValue()));
        }
        m.setAttribute("environ", environ);
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.OS_ERROR));
        m.setAttribute("stat_result", OsState.get().statResultType());
        m.setAttribute("terminal_size", terminalSizeType());
        m.setAttribute("DirEntry", ctx.getBuiltinClass(BuiltinType.DIR_ENTRY));
    }
}
