package dev.taipan;

import org.graalvm.options.OptionDescriptors;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import dev.taipan.compiler.CompilerFlags;
import dev.taipan.parser.InputMode;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.function.PCode;

/** The Truffle language "taipan": Python 3.12. */
@TruffleLanguage.Registration(id = TaipanLanguage.ID, name = "Taipan", implementationName = "Taipan", version = TaipanLanguage.PYTHON_VERSION, //
                characterMimeTypes = {TaipanLanguage.MIME_TYPE, TaipanLanguage.PROGRAM_MIME_TYPE}, defaultMimeType = TaipanLanguage.MIME_TYPE, fileTypeDetectors = TaipanFileDetector.class, //
                interactive = true, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, website = "https://taipan.dev")
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class, StandardTags.CallTag.class, StandardTags.ExpressionTag.class})
public final class TaipanLanguage extends TruffleLanguage<TaipanContext> {
    public static final String ID = "taipan";
    public static final String MIME_TYPE = "text/x-python";
    /**
     * Python source run as a program, as the launcher runs a script, {@code -c} or {@code -m}:
     * {@code Context.eval} returns 0 rather than the value of a final expression statement. A
     * guest object would become a polyglot Value, and the first Value of a guest class costs
     * about 100 ms of start-up (Truffle builds ~70 call targets for its interop messages).
     */
    public static final String PROGRAM_MIME_TYPE = "text/x-python-program";
    public static final String PYTHON_VERSION = "3.12";

    private static final LanguageReference<TaipanLanguage> REFERENCE = LanguageReference.create(TaipanLanguage.class);

    public static TaipanLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    /** Each thread's ThreadState (exception being handled, recursion depth). */
    private final ContextThreadLocal<ThreadState> threadStates = locals.createContextThreadLocal((context, thread) -> context.newThreadState());

    public ThreadState threadState() {
        return threadStates.get();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        // Python threads take turns under the GIL (runtime/thread/GlobalInterpreterLock)
        return true;
    }

    @Override
    protected TaipanContext createContext(Env env) {
        return new TaipanContext(this, env);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new TaipanOptionsOptionDescriptors();
    }

    @Override
    protected void initializeContext(TaipanContext context) {
        context.initialize();
        if (context.getEnv().getOptions().get(TaipanOptions.HeapPacing)) {
            dev.taipan.runtime.HeapPacer.register(context);
        }
    }

    @Override
    protected void exitContext(TaipanContext context, ExitMode exitMode, int exitCode) {
        // normal end of the program or sys.exit(): CPython waits for threading's non-daemon
        // threads, then runs the atexit callbacks
        context.flushStandardStreams();
        context.joinNonDaemonThreads();
        context.getAtExit().runAll();
        context.runDelFinalizersAtExit();
        context.flushStandardStreams();
    }

    @Override
    protected void finalizeContext(TaipanContext context) {
        context.startFinalizing();
        context.getFinalization().close();
        dev.taipan.runtime.HeapPacer.unregister(context);
        dev.taipan.runtime.thread.PythonThreads.stopAll(context);
        context.flushStandardStreams();
    }

    @Override
    protected Object getScope(TaipanContext context) {
        // Context.getBindings("taipan") are the globals of __main__
        return context.getMainModule();
    }

    @Override
    protected boolean isVisible(TaipanContext context, Object value) {
        // interactive statements echo their values through sys.displayhook themselves
        return false;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        TaipanContext ctx = TaipanContext.get(null);
        boolean interactive = source.isInteractive();
        CompilerFlags flags = new CompilerFlags(interactive, !interactive, ctx.getEnv().getOptions().get(TaipanOptions.Optimize), false,
                        ctx.getEnv().getOptions().get(TaipanOptions.EagerCompile));
        PCode code = ctx.compile(source, interactive ? InputMode.INTERACTIVE : InputMode.FILE, flags);
        return new TopLevelRootNode(this, code, source.getPath(), PROGRAM_MIME_TYPE.equals(source.getMimeType())).getCallTarget();
    }
}
