package dev.taipan.runtime.imports;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Runs a module or a directory as {@code __main__}: what CPython's runpy does for
 * {@code python -m mod} and {@code python dir}, with the same error messages (they end the
 * program through SystemExit, so the launcher prints them without a traceback).
 */
public final class MainRunner {
    private MainRunner() {
    }

    /** {@code -m name}: a module, or a package's {@code __main__} submodule. */
    @TruffleBoundary
    public static void runModule(String name) {
        TaipanContext ctx = TaipanContext.get(null);
        String exe = executable(ctx);
        String mainName = name;
        Importer.Location where;
        try {
            where = Importer.find(ctx, lastPart(name), Importer.searchPathFor(ctx, name));
            if (where != null && where.isPackage()) {
                if (name.equals("__main__") || name.endsWith(".__main__")) {
                    throw exit(exe + ": Cannot use package as __main__ module");
                }
                Importer.importModule(name);
                mainName = name + ".__main__";
                where = Importer.find(ctx, "__main__", Importer.searchPathFor(ctx, mainName));
                if (where == null) {
                    throw exit(exe + ": No module named " + mainName + "; '" + name + "' is a package and cannot be directly executed");
                }
            }
        } catch (PException e) {
            if (!PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.IMPORT_ERROR)) {
                throw e;
            }
            throw exit(exe + ": Error while finding module specification for '" + name + "' (" + PyObjectGetClass.typeName(e.getPythonException()) + ": " +
                            PyObjectStr.str(e.getPythonException()) + ")");
        }
        if (where == null) {
            throw exit(exe + ": No module named " + name);
        }
        int dot = mainName.lastIndexOf('.');
        run(ctx, where.file(), dot < 0 ? "" : mainName.substring(0, dot));
    }

    /** {@code python dir}: the directory's {@code __main__.py}, with the directory as sys.path[0]. */
    @TruffleBoundary
    public static void runPath(String path) {
        TaipanContext ctx = TaipanContext.get(null);
        TruffleFile dir = ctx.getEnv().getPublicTruffleFile(path);
        TruffleFile main = dir.resolve("__main__.py");
        if (!main.isRegularFile()) {
            throw exit(executable(ctx) + ": can't find '__main__' module in '" + path + "'");
        }
        Object sysPath = ctx.getSysModule().getAttribute("path");
        if (sysPath instanceof PList list) {
            if (list.size() > 0) {
                list.set(0, path);
            } else {
                list.append(path);
            }
        }
        run(ctx, main, "");
    }

    private static void run(TaipanContext ctx, TruffleFile file, String packageName) {
        PythonModule main = ctx.getMainModule();
        main.setAttribute("__file__", file.getPath());
        main.setAttribute("__package__", packageName);
        main.setAttribute("__cached__", PNone.NONE);
        Object argv = ctx.getSysModule().getAttribute("argv");
        if (argv instanceof PList list && list.size() > 0) {
            list.set(0, file.getPath());
        }
        ctx.executeFile(file, main);
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String executable(TaipanContext ctx) {
        Object exe = ctx.getSysModule().getAttribute("executable");
        return exe instanceof String s && !s.isEmpty() ? s : "taipan";
    }

    private static PException exit(String message) {
        return PythonErrors.raise(BuiltinType.SYSTEM_EXIT, "%s", message);
    }
}
