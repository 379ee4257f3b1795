package dev.taipan;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Per-context state of the interpreter: the builtin types (created on first use), the module
 * table ({@code sys.modules}), the builtins and sys modules, and the thread state.
 */
public final class TaipanContext {
    private static final ContextReference<TaipanContext> REFERENCE = ContextReference.create(TaipanLanguage.class);

    private final TaipanLanguage language;
    private final Env env;
    @CompilationFinal(dimensions = 1) private final PythonClass[] builtinClasses = new PythonClass[BuiltinType.all().length];
    private final BuiltinRegistry registry;
    private final ThreadState.RecursionLimit recursionLimit = new ThreadState.RecursionLimit();
    private final dev.taipan.runtime.thread.GlobalInterpreterLock gil = new dev.taipan.runtime.thread.GlobalInterpreterLock();
    private final dev.taipan.runtime.AtExitCallbacks atExit = new dev.taipan.runtime.AtExitCallbacks();
    private final dev.taipan.runtime.codecs.CodecRegistry codecRegistry = new dev.taipan.runtime.codecs.CodecRegistry();
    /** sys.get_int_max_str_digits(): the longest decimal int str() and int() accept (0: no limit). */
    private int intMaxStrDigits = IntMath.DEFAULT_MAX_STR_DIGITS;

    /** Weak refs with callbacks whose referents died (see WeakRefs). */
    private final java.lang.ref.ReferenceQueue<Object> weakRefQueue = new java.lang.ref.ReferenceQueue<>();
    private final dev.taipan.runtime.Finalization finalization = new dev.taipan.runtime.Finalization(this);
    private dev.taipan.runtime.DelFinalizer delFinalizer;
    @CompilationFinal private PythonModule builtinsModule;
    @CompilationFinal private PythonModule sysModule;
    @CompilationFinal private PDict sysModules;
    private PythonModule mainModule;
    private String stdlibHome;

    TaipanContext(TaipanLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.registry = new BuiltinRegistry(this);
    }

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        intMaxStrDigits = digits;
    }

    public java.lang.ref.ReferenceQueue<Object> getWeakRefQueue() {
        return weakRefQueue;
    }

    private dev.taipan.runtime.imports.ImportTimer importTimer;
    private boolean importTimerChecked;

    /** The {@code -X importtime} report, or null when it is off. */
    public dev.taipan.runtime.imports.ImportTimer getImportTimer() {
        if (!importTimerChecked) {
            importTimerChecked = true;
            for (String x : env.getOptions().get(TaipanOptions.XOptions).split("\n")) {
                if (x.equals("importtime") || x.startsWith("importtime=")) {
                    importTimer = new dev.taipan.runtime.imports.ImportTimer(new java.io.PrintStream(env.err(), true));
                }
            }
        }
        return importTimer;
    }

    /** Finalizers of objects the collector found unreachable. */
    /** Lazily: most programs define no {@code __del__}. */
    public synchronized dev.taipan.runtime.DelFinalizer getDelFinalizer() {
        if (delFinalizer == null) {
            delFinalizer = new dev.taipan.runtime.DelFinalizer();
        }
        return delFinalizer;
    }

    /** Finalizes the instances with {@code __del__} still alive at exit (if any class had one). */
    public void runDelFinalizersAtExit() {
        dev.taipan.runtime.DelFinalizer d;
        synchronized (this) {
            d = delFinalizer;
        }
        if (d != null) {
            d.runAtExit();
        }
    }

    public dev.taipan.runtime.Finalization getFinalization() {
        return finalization;
    }

    public static TaipanContext get(Node node) {
        return REFERENCE.get(node);
    }

    public TaipanLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    /** Functions registered with atexit, run when the context is finalized. */
    public dev.taipan.runtime.AtExitCallbacks getAtExit() {
        return atExit;
    }

    public dev.taipan.runtime.codecs.CodecRegistry getCodecRegistry() {
        return codecRegistry;
    }

    /** The calling thread's Python thread state. */
    public ThreadState getThreadState() {
        return language.threadState();
    }

    ThreadState newThreadState() {
        return new ThreadState(recursionLimit);
    }

    /** threading._shutdown(), when threading was imported: waits for its non-daemon threads. */
    void joinNonDaemonThreads() {
        if (sysModules != null && sysModules.getString("threading") instanceof PythonModule threading) {
            Object shutdown = threading.getAttribute("_shutdown");
            if (shutdown != null) {
                try {
                    dev.taipan.runtime.function.CallDispatch.call(shutdown);
                } catch (dev.taipan.runtime.exceptions.PException e) {
                    dev.taipan.runtime.exceptions.Unraisable.write("Exception ignored on threading shutdown", shutdown, e);
                }
            }
        }
    }

    public dev.taipan.runtime.thread.GlobalInterpreterLock getGil() {
        return gil;
    }

    private dev.taipan.runtime.os.OsState osState;

    /** The emulated POSIX process state (fd table, cwd, umask), created on first use. */
    public dev.taipan.runtime.os.OsState getOsState() {
        if (osState == null) {
            osState = new dev.taipan.runtime.os.OsState(env);
        }
        return osState;
    }

    private final java.util.Map<Class<?>, Object> moduleStates = new java.util.HashMap<>();

    /** The per-context state of a C-level module (CPython's module state), created on first use. */
    @TruffleBoundary
    public synchronized <T> T getModuleState(Class<T> key, java.util.function.Supplier<T> create) {
        return key.cast(moduleStates.computeIfAbsent(key, k -> create.get()));
    }

    public BuiltinRegistry getRegistry() {
        return registry;
    }

    /** Creates the core modules; runs once when the context is initialised. */
    @TruffleBoundary
    void initialize() {
        stdlibHome = StdlibLocator.locate(env.getOptions().get(TaipanOptions.StdLibHome));
        sysModules = new PDict();
        builtinsModule = registry.createModule("builtins");
        sysModules.setString("builtins", builtinsModule);
        sysModule = registry.createModule("sys");
        sysModules.setString("sys", sysModule);
        mainModule = new PythonModule("__main__");
        mainModule.setAttribute("__builtins__", builtinsModule);
        sysModules.setString("__main__", mainModule);
    }

    /** Flushes sys.stdout and sys.stderr (at exit and after each REPL input). */
    @TruffleBoundary
    public void flushStandardStreams() {
        if (osState != null) {
            osState.flushDirtyWriters();
        }
        if (sysModule == null) {
            return;
        }
        for (String name : new String[]{"stdout", "stderr"}) {
            Object s = sysModule.getAttribute(name);
            if (s instanceof dev.taipan.runtime.io.PTextIOWrapper t) {
                try {
                    if (!t.isClosed()) {
                        t.flush();
                    }
                } catch (dev.taipan.runtime.exceptions.PException e) {
                    // a stream closed or detached by the program has nothing to flush
                }
            }
        }
    }

    public String getStdlibHome() {
        return stdlibHome;
    }

    /** Parses and compiles Python source into a module code object (SyntaxError on failure). */
    @TruffleBoundary
    public dev.taipan.runtime.function.PCode compile(com.oracle.truffle.api.source.Source source, dev.taipan.parser.InputMode mode, dev.taipan.compiler.CompilerFlags flags) {
        String name = source.getPath() != null ? source.getPath() : source.getName();
        dev.taipan.parser.ast.Mod mod;
        java.util.List<dev.taipan.parser.CompileWarning> warnings = new java.util.ArrayList<>();
        dev.taipan.runtime.function.PCode code;
        try {
            dev.taipan.parser.SourceLines lines = new dev.taipan.parser.SourceLines(source.getCharacters().toString());
            mod = dev.taipan.parser.Parser.parse(lines, mode, warnings);
            code = dev.taipan.compiler.Compiler.compile(language, mod, source, lines, name, flags, warnings);
        } catch (dev.taipan.parser.SyntaxErrorException e) {
            throw dev.taipan.runtime.exceptions.SyntaxErrors.toPythonException(e, name);
        }
        dev.taipan.runtime.exceptions.Warnings.compileWarnings(warnings, name);
        return code;
    }

    /** Runs a module code object with the module's namespace as globals. */
    @TruffleBoundary
    public Object runModuleCode(dev.taipan.runtime.function.PCode code, PythonModule module) {
        dev.taipan.runtime.function.PFunction fn = new dev.taipan.runtime.function.PFunction(code, module.getDict(), getBuiltinsDict(), code.getQualname(), null, null, null);
        Object[] args = dev.taipan.runtime.function.PArguments.create(0);
        args[dev.taipan.runtime.function.PArguments.CALLEE] = fn;
        return com.oracle.truffle.api.nodes.IndirectCallNode.getUncached().call(code.getCallTarget(), args);
    }

    /** The class object of a builtin type, created (with its bases) on first request. */
    public PythonClass getBuiltinClass(BuiltinType type) {
        PythonClass c = builtinClasses[type.ordinal()];
        if (c == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            c = createBuiltinClass(type);
        }
        return c;
    }

    @TruffleBoundary
    private synchronized PythonClass createBuiltinClass(BuiltinType type) {
        PythonClass c = builtinClasses[type.ordinal()];
        if (c == null) {
            PythonClass base = type.base == null ? null : getBuiltinClass(type.base);
            c = new PythonClass(type, base);
            builtinClasses[type.ordinal()] = c;
            if (type == BuiltinType.EXCEPTION_GROUP) {
                // the one builtin with two bases: (BaseExceptionGroup, Exception)
                PythonClass exception = getBuiltinClass(BuiltinType.EXCEPTION);
                PythonClass[] baseMro = base.getMro();
                PythonClass[] mro = {c, base, exception, baseMro[1], baseMro[2]};
                c.setBasesAndMro(new PythonClass[]{base, exception}, mro);
            }
        }
        return c;
    }

    /** Fills a builtin type's namespace (called once per type, on its first lookup). */
    @TruffleBoundary
    public void installBuiltinMethods(PythonClass cls) {
        registry.installTypeBuiltins(cls);
    }

    public PythonModule getBuiltinsModule() {
        return builtinsModule;
    }

    public PDict getBuiltinsDict() {
        return builtinsModule.getDict();
    }

    public PythonModule getSysModule() {
        return sysModule;
    }

    public PDict getSysModules() {
        return sysModules;
    }

    /** Runs a source file as the body of {@code module} (imports). */
    @TruffleBoundary
    public void executeFile(com.oracle.truffle.api.TruffleFile file, PythonModule module) {
        com.oracle.truffle.api.source.Source source;
        try {
            // read once and decode here: a file-only builder opens the file twice (encoding
            // detection, then content) and runs every registered file type detector
            byte[] bytes = file.readAllBytes();
            String text = new String(bytes, TaipanFileDetector.encodingOf(bytes));
            source = com.oracle.truffle.api.source.Source.newBuilder(TaipanLanguage.ID, file).content(text).mimeType(TaipanLanguage.MIME_TYPE).build();
        } catch (java.io.IOException e) {
            throw dev.taipan.runtime.exceptions.PythonErrors.raise(BuiltinType.OS_ERROR, "%s", e.getMessage());
        }
        dev.taipan.runtime.function.PCode code = compile(source, dev.taipan.parser.InputMode.FILE, dev.taipan.compiler.CompilerFlags.DEFAULT);
        runModuleCode(code, module);
    }

    /** putenv/unsetenv since start (null: unset): the JVM cannot change its own environment. */
    private final java.util.Map<String, String> environChanges = new java.util.HashMap<>();

    /** An environment variable as the program last set it (os.putenv), else as the process started. */
    public String getenv(String name) {
        synchronized (environChanges) {
            if (!environChanges.containsKey(name)) {
                return env.getEnvironment().get(name);
            }
            return environChanges.get(name);
        }
    }

    /** Records os.putenv ({@code value} non-null) and os.unsetenv ({@code value} null). */
    public void setenv(String name, String value) {
        synchronized (environChanges) {   // Python threads may putenv at once
            environChanges.put(name, value);
        }
    }

    /** The time module's local zone, made from TZ at import and again by time.tzset(). */
    private dev.taipan.builtins.modules.LocalTimeZone localTimeZone;

    public dev.taipan.builtins.modules.LocalTimeZone getLocalTimeZone() {
        return localTimeZone;
    }

    public void setLocalTimeZone(dev.taipan.builtins.modules.LocalTimeZone zone) {
        localTimeZone = zone;
    }

    /**
     * The finders every importlib bridge loaded so far put on sys.meta_path (a program that drops
     * importlib from sys.modules loads a second one): Taipan's native import stands in for them.
     */
    private final java.util.List<Object> ownFinders = new java.util.ArrayList<>();

    public boolean isOwnFinder(Object finder) {
        for (Object f : ownFinders) {
            if (f == finder) {
                return true;
            }
        }
        return false;
    }

    public void addOwnFinder(Object finder) {
        if (finder != null && !isOwnFinder(finder)) {
            ownFinders.add(finder);
        }
    }

    /** Set when the context starts finalising (sys.is_finalizing). */
    private volatile boolean finalizing;

    public boolean isFinalizing() {
        return finalizing;
    }

    void startFinalizing() {
        finalizing = true;
    }

    public PythonModule getMainModule() {
        return mainModule;
    }
}
