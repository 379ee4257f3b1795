package dev.taipan.builtins.modules;

import java.io.File;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanOptions;
import dev.taipan.TaipanVersion;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonInstance;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The data attributes of {@code sys}: argv, path, modules, streams, version, flags, ... */
final class SysModuleSetup {
    private SysModuleSetup() {
    }

    @TruffleBoundary
    static void initialize(TaipanContext ctx, PythonModule sys) {
        Env env = ctx.getEnv();
        String[] argv = env.getApplicationArguments();
        PList argvList = new PList();
        for (String a : argv) {
            argvList.append(a);
        }
        if (argv.length == 0) {
            argvList.append("");
        }
        sys.setAttribute("argv", argvList);
        sys.setAttribute("orig_argv", new PList(argvList.toArray()));
        sys.setAttribute("modules", ctx.getSysModules());
        boolean unbuffered = env.getOptions().get(TaipanOptions.Unbuffered);
        // like CPython: stdout line buffered on a terminal, stderr always; -u writes through
        Object stdout = IoModule.standardStream(1, true, isTerminal(), unbuffered);
        Object stderr = IoModule.standardStream(2, true, !unbuffered, unbuffered);
        Object stdin = IoModule.standardStream(0, false, false, false);
        sys.setAttribute("stdout", stdout);
        sys.setAttribute("stderr", stderr);
        sys.setAttribute("stdin", stdin);
        sys.setAttribute("__stdout__", stdout);
        sys.setAttribute("__stderr__", stderr);
        sys.setAttribute("__stdin__", stdin);
        sys.setAttribute("version", TaipanVersion.sysVersion());
        int[] v = TaipanVersion.PYTHON_PARTS;
        PythonClass versionInfo = StructSequence.createType("sys.version_info", new String[]{"major", "minor", "micro", "releaselevel", "serial"}, 5);
        versionInfo.setFlags(versionInfo.getFlags() | dev.taipan.runtime.types.BuiltinType.Flags.DISALLOW_INSTANTIATION);
        sys.setAttribute("version_info", StructSequence.create(versionInfo, (long) v[0], (long) v[1], (long) v[2], "final", 0L));
        // the numeric hash is CPython's (modulus 2**61 - 1); str hashing is Taipan's own ("fnv-mix")
        PythonClass hashInfo = StructSequence.createType("sys.hash_info", new String[]{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
        sys.setAttribute("hash_info", StructSequence.create(hashInfo, 64L, dev.taipan.runtime.abstractops.PyObjectHash.MODULUS, dev.taipan.runtime.abstractops.PyObjectHash.INF, 0L,
                        1000003L, "fnv-mix", 64L, 0L, 0L));
        PythonClass floatInfo = StructSequence.createType("sys.float_info", new String[]{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                        "epsilon", "radix", "rounds"}, 11);
        sys.setAttribute("float_info", StructSequence.create(floatInfo, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        PythonClass intInfo = StructSequence.createType("sys.int_info", new String[]{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
        sys.setAttribute("int_info", StructSequence.create(intInfo, 30L, 4L, 4300L, 640L));
        sys.setAttribute("hexversion", (long) ((v[0] << 24) | (v[1] << 16) | (v[2] << 8) | 0xf0));
        sys.setAttribute("api_version", 1013L);
        PythonInstance impl = new PythonInstance(ctx.getBuiltinClass(BuiltinType.SIMPLE_NAMESPACE));
        PDict implDict = dev.taipan.runtime.abstractops.GenericAttributes.getDict(impl);
        implDict.setString("name", "taipan");
        implDict.setString("cache_tag", "taipan-312");
        implDict.setString("version", StructSequence.create(versionInfo, 0L, 1L, 0L, "alpha", 0L));
        implDict.setString("hexversion", 0x000100a0L);
        implDict.setString("_multiarch", "x86_64-linux-gnu");
        sys.setAttribute("implementation", impl);
        sys.setAttribute("platform", "linux");
        sys.setAttribute("abiflags", ""); // a non-debug, GIL build on POSIX
        sys.setAttribute("byteorder", ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        sys.setAttribute("maxsize", Long.MAX_VALUE);
        sys.setAttribute("maxunicode", 0x10FFFFL);
        sys.setAttribute("copyright", "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.");
        String exe = env.getOptions().get(TaipanOptions.Executable);
        sys.setAttribute("executable", exe);
        sys.setAttribute("_base_executable", exe);
        String home = ctx.getStdlibHome();
        String prefix = home == null ? "" : new File(home).getParentFile().getParent();
        sys.setAttribute("prefix", prefix);
        sys.setAttribute("base_prefix", prefix);
        sys.setAttribute("exec_prefix", prefix);
        sys.setAttribute("base_exec_prefix", prefix);
        sys.setAttribute("platlibdir", "lib");
        sys.setAttribute("pycache_prefix", PNone.NONE);
        sys.setAttribute("dont_write_bytecode", true);
        sys.setAttribute("meta_path", new PList());
        sys.setAttribute("path_hooks", new PList());
        sys.setAttribute("path_importer_cache", new PDict());
        sys.setAttribute("warnoptions", lines(env.getOptions().get(TaipanOptions.WarnOptions)));
        PDict xoptions = new PDict();
        for (Object o : lines(env.getOptions().get(TaipanOptions.XOptions)).toArray()) {
            String s = (String) o;
            int eq = s.indexOf('=');
            xoptions.setString(eq < 0 ? s : s.substring(0, eq), eq < 0 ? (Object) true : s.substring(eq + 1));
        }
        sys.setAttribute("_xoptions", xoptions);
        List<String> names = BuiltinRegistry.moduleNames();
        sys.setAttribute("builtin_module_names", new PTuple(names.toArray()));
        sys.setAttribute("flags", flags(ctx));
        sys.setAttribute("__displayhook__", sys.getAttribute("displayhook"));
        sys.setAttribute("__excepthook__", sys.getAttribute("excepthook"));
        sys.setAttribute("__unraisablehook__", sys.getAttribute("unraisablehook"));
        sys.setAttribute("float_repr_style", "short");
        PythonClass threadInfo = StructSequence.createType("sys.thread_info", new String[]{"name", "lock", "version"}, 3);
        // Python threads are JVM threads, pthreads underneath; Taipan's locks are JDK locks
        sys.setAttribute("thread_info", StructSequence.create(threadInfo, "pthread", "mutex+cond", PNone.NONE));
        sys.setAttribute("path", new PList(searchPath(ctx, argv).toArray()));
    }

    private static boolean isTerminal() {
        return dev.taipan.runtime.os.OsState.isTerminal();
    }

    private static PList lines(String s) {
        PList l = new PList();
        if (s != null && !s.isEmpty()) {
            for (String part : s.split("\n")) {
                if (!part.isEmpty()) {
                    l.append(part);
                }
            }
        }
        return l;
    }

    /**
     * -X int_max_str_digits=N: sets the starting limit, and sys.flags shows N; -1 in the flags
     * when not given, as in CPython.
     */
    private static long intMaxStrDigitsOption(TaipanContext ctx) {
        for (Object o : lines(ctx.getEnv().getOptions().get(TaipanOptions.XOptions)).toArray()) {
            String s = (String) o;
            if (s.startsWith("int_max_str_digits=")) {
                try {
                    int n = Integer.parseInt(s.substring("int_max_str_digits=".length()));
                    if (n == 0 || n >= dev.taipan.runtime.numbers.IntMath.MAX_STR_DIGITS_THRESHOLD) {
                        ctx.setIntMaxStrDigits(n);
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // an invalid value leaves the default, like an absent option
                }
            }
        }
        return -1L;
    }

    private static PTuple flags(TaipanContext ctx) {
        var o = ctx.getEnv().getOptions();
        String[] fields = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                        "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
        PythonClass type = StructSequence.createType("sys.flags", fields, fields.length);
        type.setFlags(type.getFlags() | dev.taipan.runtime.types.BuiltinType.Flags.DISALLOW_INSTANTIATION);
        boolean isolated = o.get(TaipanOptions.Isolated);
        return StructSequence.create(type, 0L, o.get(TaipanOptions.Inspect) ? 1L : 0L, o.get(TaipanOptions.Inspect) ? 1L : 0L, (long) o.get(TaipanOptions.Optimize),
                        o.get(TaipanOptions.DontWriteBytecode) ? 1L : 0L, (o.get(TaipanOptions.NoUserSite) || isolated) ? 1L : 0L, o.get(TaipanOptions.NoSite) ? 1L : 0L,
                        (o.get(TaipanOptions.IgnoreEnvironment) || isolated) ? 1L : 0L, (long) o.get(TaipanOptions.Verbose), (long) o.get(TaipanOptions.BytesWarning),
                        o.get(TaipanOptions.Quiet) ? 1L : 0L, 1L, isolated ? 1L : 0L, false, 0L, 0L, o.get(TaipanOptions.SafePath) || isolated, intMaxStrDigitsOption(ctx));
    }

    /** sys.path: the script's directory (or ''), PYTHONPATH, then the standard library. */
    private static List<String> searchPath(TaipanContext ctx, String[] argv) {
        var o = ctx.getEnv().getOptions();
        boolean isolated = o.get(TaipanOptions.Isolated);
        boolean ignoreEnv = o.get(TaipanOptions.IgnoreEnvironment) || isolated;
        boolean safePath = o.get(TaipanOptions.SafePath) || isolated;
        List<String> path = new ArrayList<>();
        if (!safePath) {
            String first = argv.length > 0 ? argv[0] : "";
            if (first.isEmpty() || first.equals("-c") || first.equals("-")) {
                path.add("");
            } else if (first.equals("-m")) {
                path.add(ctx.getEnv().getCurrentWorkingDirectory().getPath());
            } else {
                var f = ctx.getEnv().getPublicTruffleFile(first);
                try {
                    var parent = f.getCanonicalFile().getParent();
                    path.add(parent == null ? "" : parent.getPath());
                } catch (java.io.IOException | SecurityException e) {
                    var parent = f.getAbsoluteFile().getParent();
                    path.add(parent == null ? "" : parent.getPath());
                }
            }
        }
        if (!ignoreEnv) {
            String pp = ctx.getEnv().getEnvironment().get("PYTHONPATH");
            if (pp != null) {
                for (String p : pp.split(File.pathSeparator)) {
                    if (!p.isEmpty()) {
                        path.add(p);
                    }
                }
            }
        }
        String stdlib = ctx.getStdlibHome();
        if (stdlib != null) {
            path.add(stdlib);
        }
        return path;
    }
}
