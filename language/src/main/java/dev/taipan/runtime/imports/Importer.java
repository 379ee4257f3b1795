package dev.taipan.runtime.imports;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The import system: {@code sys.modules}, the VM's builtin modules, then source modules and
 * packages found on {@code sys.path} (a package's submodules on its {@code __path__}).
 * Relative imports resolve against {@code __package__}/{@code __name__}.
 */
public final class Importer {
    private Importer() {
    }

    /** {@code import name} / {@code from name import fromlist} (CPython's __import__). */
    @TruffleBoundary
    public static Object importName(PDict globals, String name, String[] fromlist, int level) {
        String absName = level > 0 ? resolveRelative(globals, name, level) : name;
        if (absName.isEmpty()) {
            throw PythonErrors.valueError("Empty module name");
        }
        PythonModule module = importModule(absName);
        if (fromlist != null && fromlist.length > 0) {
            if (GenericAttributes.lookupAttribute(module, "__path__") != null) {
                for (String item : fromlist) {
                    if (item.equals("*")) {
                        continue;
                    }
                    if (GenericAttributes.lookupAttribute(module, item) == null) {
                        try {
                            importModule(absName + "." + item);
                        } catch (PException e) {
                            if (!isModuleNotFound(e, absName + "." + item)) {
                                throw e;
                            }
                        }
                    }
                }
            }
            return module;
        }
        if (level == 0 || !name.isEmpty()) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                return module;
            }
            String top = level > 0 ? absName.substring(0, absName.length() - (name.length() - dot)) : name.substring(0, dot);
            return lookupModule(top);
        }
        return module;
    }

    private static boolean isModuleNotFound(PException e, String name) {
        return PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.MODULE_NOT_FOUND_ERROR) &&
                        name.equals(ExceptionFields.get(e.getPythonException(), ExceptionFields.NAME));
    }

    @TruffleBoundary
    static String resolveRelative(PDict globals, String name, int level) {
        Object pkg = globals.getString("__package__");
        String base;
        if (pkg instanceof String s) {
            base = s;
        } else {
            Object modName = globals.getString("__name__");
            if (!(modName instanceof String mn)) {
                throw PythonErrors.raise(BuiltinType.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            base = globals.getString("__path__") != null ? mn : (mn.lastIndexOf('.') >= 0 ? mn.substring(0, mn.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw PythonErrors.raise(BuiltinType.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PythonErrors.raise(BuiltinType.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PythonModule lookupModule(String name) {
        Object m = TaipanContext.get(null).getSysModules().getString(name);
        if (m instanceof PythonModule pm) {
            return pm;
        }
        return importModule(name);
    }

    /** Imports a module by absolute dotted name (and its parents), returning the module itself. */
    @TruffleBoundary
    public static PythonModule importModule(String fullname) {
        TaipanContext ctx = TaipanContext.get(null);
        PDict modules = ctx.getSysModules();
        Object existing = modules.getString(fullname);
        if (existing instanceof PythonModule m) {
            return m;
        }
        if (existing == PNone.NONE) {
            throw notFound(fullname, "import of " + fullname + " halted; None in sys.modules");
        }
        ImportTimer timer = ctx.getImportTimer();
        if (timer == null) {
            return importNew(ctx, modules, fullname);
        }
        long started = timer.begin();
        try {
            return importNew(ctx, modules, fullname);
        } finally {
            timer.end(fullname, started);
        }
    }

    /** importModule for a module not in sys.modules yet. */
    private static PythonModule importNew(TaipanContext ctx, PDict modules, String fullname) {
        int dot = fullname.lastIndexOf('.');
        List<String> searchPath;
        PythonModule parent = null;
        if (dot >= 0) {
            parent = importModule(fullname.substring(0, dot));
            Object again = modules.getString(fullname);
            if (again instanceof PythonModule m) {
                return m;
            }
            Object path = GenericAttributes.lookupAttribute(parent, "__path__");
            if (path == null) {
                throw notFound(fullname, "No module named '" + fullname + "'; '" + parent.getName() + "' is not a package");
            }
            searchPath = stringList(path);
        } else {
            if (ctx.getRegistry().hasModule(fullname)) {
                PythonModule m = ctx.getRegistry().createModule(fullname);
                if (fullname.equals(IMPORTLIB_BRIDGE)) {
                    ctx.addOwnFinder(m.getAttribute("BUILTIN_FINDER"));
                    ctx.addOwnFinder(m.getAttribute("PATH_FINDER"));
                }
                if (modules.getString(fullname) instanceof PythonModule replaced) {
                    return replaced;   // the module's code put another module in its place, as import returns then
                }
                modules.setString(fullname, m);
                describeForImportlib(modules, m);
                return m;
            }
            searchPath = stringList(ctx.getSysModule().getAttribute("path"));
        }
        if (!isImportSystem(fullname) && hasForeignFinders(ctx)) {
            return importThroughImportlib(fullname);
        }
        String shortName = dot >= 0 ? fullname.substring(dot + 1) : fullname;
        PythonModule m = findAndLoad(ctx, fullname, shortName, searchPath);
        if (m == null && hasArchiveEntry(ctx, searchPath)) {
            // a zip archive on the path: importlib's path hooks (zipimport) look inside it
            return importThroughImportlib(fullname);
        }
        if (m == null) {
            throw notFound(fullname, "No module named '" + fullname + "'");
        }
        if (parent != null) {
            parent.setAttribute(shortName, m);
        }
        return m;
    }

    /** Whether a search path entry is a file (a zip archive for zipimport) rather than a directory. */
    private static boolean hasArchiveEntry(TaipanContext ctx, List<String> searchPath) {
        for (String entry : searchPath) {
            if (!entry.isEmpty() && ctx.getEnv().getPublicTruffleFile(entry).isRegularFile()) {
                return true;
            }
        }
        return false;
    }

    private static PException notFound(String name, String msg) {
        PException e = PythonErrors.raise(BuiltinType.MODULE_NOT_FOUND_ERROR, "%s", msg);
        ExceptionFields.set(e.getPythonException(), ExceptionFields.NAME, name);
        return e;
    }

    private static List<String> stringList(Object seq) {
        List<String> out = new ArrayList<>();
        if (seq == null) {
            return out;
        }
        Object it = PyObjectIter.getIter(seq);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            if (v instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Where a module is: its source file and, for a package, its directory; or, for a PEP 420
     * namespace package (directories without __init__.py), no file and all those directories.
     */
    public record Location(TruffleFile file, TruffleFile packageDir, List<String> namespaceDirs) {
        public boolean isPackage() {
            return packageDir != null || namespaceDirs != null;
        }
    }

    /**
     * Finds module {@code shortName} on {@code searchPath}: in each entry a package's
     * __init__.py, then a module file; directories without __init__.py found on the way form a
     * namespace package when no entry holds a regular module.
     */
    public static Location find(TaipanContext ctx, String shortName, List<String> searchPath) {
        List<String> portions = null;
        for (String entry : searchPath) {
            TruffleFile dir = ctx.getEnv().getPublicTruffleFile(entry.isEmpty() ? "." : entry);
            TruffleFile pkgDir = dir.resolve(shortName);
            TruffleFile init = pkgDir.resolve("__init__.py");
            if (init.isRegularFile()) {
                return new Location(init, pkgDir, null);
            }
            TruffleFile file = dir.resolve(shortName + ".py");
            if (file.isRegularFile()) {
                return new Location(file, null, null);
            }
            if (pkgDir.isDirectory()) {
                if (portions == null) {
                    portions = new ArrayList<>();
                }
                portions.add(pkgDir.getPath());
            }
        }
        return portions == null ? null : new Location(null, null, portions);
    }

    /** The directories to search for submodule/top-level module {@code fullname} (importing its parent). */
    public static List<String> searchPathFor(TaipanContext ctx, String fullname) {
        int dot = fullname.lastIndexOf('.');
        if (dot < 0) {
            return stringList(ctx.getSysModule().getAttribute("path"));
        }
        PythonModule parent = importModule(fullname.substring(0, dot));
        Object path = GenericAttributes.lookupAttribute(parent, "__path__");
        if (path == null) {
            throw notFound(fullname, "No module named '" + fullname + "'; '" + parent.getName() + "' is not a package");
        }
        return stringList(path);
    }

    private static PythonModule findAndLoad(TaipanContext ctx, String fullname, String shortName, List<String> searchPath) {
        Location where = find(ctx, shortName, searchPath);
        if (where == null) {
            return null;
        }
        if (where.namespaceDirs() != null) {
            return loadNamespace(ctx, fullname, where.namespaceDirs());
        }
        return load(ctx, fullname, where.file(), where.packageDir());
    }

    private static PythonModule loadNamespace(TaipanContext ctx, String fullname, List<String> dirs) {
        PythonModule m = new PythonModule(fullname);
        m.setAttribute("__path__", new PList(dirs.toArray()));
        m.setAttribute("__package__", fullname);
        m.setAttribute("__file__", PNone.NONE);
        PDict modules = ctx.getSysModules();
        modules.setString(fullname, m);
        describeForImportlib(modules, m);
        return m;
    }

    private static PythonModule load(TaipanContext ctx, String fullname, TruffleFile file, TruffleFile packageDir) {
        PythonModule m = new PythonModule(fullname);
        String path = file.getPath();
        m.setAttribute("__file__", path);
        m.setAttribute("__cached__", PNone.NONE);
        if (packageDir != null) {
            m.setAttribute("__path__", new PList(new Object[]{packageDir.getPath()}));
            m.setAttribute("__package__", fullname);
        } else {
            int dot = fullname.lastIndexOf('.');
            m.setAttribute("__package__", dot >= 0 ? fullname.substring(0, dot) : "");
        }
        m.setAttribute("__builtins__", ctx.getBuiltinsModule());
        PDict modules = ctx.getSysModules();
        modules.setString(fullname, m);
        try {
            describeForImportlib(modules, m);
            ctx.executeFile(file, m);
        } catch (PException e) {
            modules.removeItem(fullname);
            throw e;
        }
        if (fullname.equals(IMPORTLIB)) {
            importModule(IMPORTLIB_BRIDGE);
        }
        Object registered = modules.getString(fullname);
        return registered instanceof PythonModule rm ? rm : m;
    }

    private static final String IMPORTLIB = "importlib";
    /** Installs importlib's finders and describes modules for it (see _taipan_importlib.py). */
    private static final String IMPORTLIB_BRIDGE = "_taipan_importlib";

    /**
     * Whether sys.meta_path holds finders other than the ones the importlib bridge installed
     * (an import hook, a custom finder): then imports go through importlib so that they see them.
     */
    private static boolean hasForeignFinders(TaipanContext ctx) {
        if (!(ctx.getSysModule().getAttribute("meta_path") instanceof PList metaPath)) {
            return false;
        }
        for (int i = 0; i < metaPath.size(); i++) {
            if (!ctx.isOwnFinder(metaPath.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * importlib and its bridge load natively even when foreign finders are installed: importing
     * them through importlib would need them first (a program may have dropped them from sys.modules).
     */
    private static boolean isImportSystem(String fullname) {
        return fullname.equals(IMPORTLIB) || fullname.startsWith(IMPORTLIB + ".") || fullname.equals(IMPORTLIB_BRIDGE);
    }

    private static PythonModule importThroughImportlib(String fullname) {
        PythonModule importlib = importModule(IMPORTLIB);
        Object bootstrap = GenericAttributes.lookupAttribute(importlib, "_bootstrap");
        Object module = CallDispatch.call(GenericAttributes.lookupAttribute(bootstrap, "_gcd_import"), fullname);
        if (module instanceof PythonModule m) {
            return m;
        }
        throw PythonErrors.raise(BuiltinType.IMPORT_ERROR, "import of %s gave a %s, which Taipan cannot use as a module yet", fullname, PyObjectGetClass.typeName(module));
    }

    /** Once importlib is in use, every module gets its __spec__ and __loader__ before it runs. */
    private static void describeForImportlib(PDict modules, PythonModule m) {
        if (modules.getString(IMPORTLIB_BRIDGE) instanceof PythonModule bridge) {
            Object describe = bridge.getAttribute("describe");
            if (describe != null) {
                CallDispatch.call(describe, m);
            }
        }
    }

    /** {@code from module import name}. */
    @TruffleBoundary
    public static Object importFrom(Object module, String name) {
        Object v = GenericAttributes.lookupAttribute(module, name);
        if (v != null) {
            return v;
        }
        Object modName = GenericAttributes.lookupAttribute(module, "__name__");
        if (modName instanceof String mn) {
            Object sub = TaipanContext.get(null).getSysModules().getString(mn + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        Object file = GenericAttributes.lookupAttribute(module, "__file__");
        String where = file instanceof String f ? " (" + f + ")" : " (unknown location)";
        PException e = PythonErrors.raise(BuiltinType.IMPORT_ERROR, "cannot import name '%s' from '%s'%s", name, modName instanceof String s ? s : "<unknown module name>", where);
        ExceptionFields.set(e.getPythonException(), ExceptionFields.NAME, modName);
        return throwIt(e);
    }

    private static Object throwIt(PException e) {
        throw e;
    }

    /** {@code from module import *} into the given namespace. */
    @TruffleBoundary
    public static void importStar(Object module, Object namespace) {
        Object all = GenericAttributes.lookupAttribute(module, "__all__");
        List<Object> names = new ArrayList<>();
        if (all != null) {
            Object it = PyObjectIter.getIter(all);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                names.add(v);
            }
        } else {
            PDict dict = module instanceof PythonModule pm ? pm.getDict() : (PDict) GenericAttributes.getAttribute(module, "__dict__");
            DictStorage s = dict.storage();
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                Object k = s.keyAt(i);
                if (k instanceof String str && !str.startsWith("_")) {
                    names.add(k);
                }
            }
        }
        for (Object n : names) {
            if (!(n instanceof String name)) {
                throw PythonErrors.typeError("Item in %s.__all__ must be str, not %s", GenericAttributes.lookupAttribute(module, "__name__"), PyObjectGetClass.typeName(n));
            }
            Object value = GenericAttributes.getAttribute(module, name);
            if (namespace instanceof PDict d) {
                d.setString(name, value);
            } else {
                PyObjectItems.setItem(namespace, name, value);
            }
        }
    }
}
