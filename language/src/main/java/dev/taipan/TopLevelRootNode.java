package dev.taipan;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.interop.InteropValues;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PythonModule;

/**
 * What {@code Context.eval("taipan", source)} runs: the compiled module code in the namespace of
 * {@code __main__}, returning the value of a final expression statement (for embedders), or 0
 * for a program source ({@link TaipanLanguage#PROGRAM_MIME_TYPE}).
 */
final class TopLevelRootNode extends RootNode {
    private final PCode code;
    private final String path;
    private final boolean program;

    TopLevelRootNode(TaipanLanguage language, PCode code, String path, boolean program) {
        super(language);
        this.code = code;
        this.path = path;
        this.program = program;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private Object run() {
        TaipanContext ctx = TaipanContext.get(this);
        PythonModule main = ctx.getMainModule();
        if (path != null && main.getAttribute("__file__") == null) {
            main.setAttribute("__file__", path);
        }
        try {
            Object result = ctx.runModuleCode(code, main);
            return program ? (Object) 0 : InteropValues.toHost(result);
        } finally {
            ctx.flushStandardStreams();
        }
    }

    @Override
    public String getName() {
        return "<module>";
    }
}
