package dev.taipan;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.interop.InteropValues;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PythonModule;

/**
 * What {@code Context.eval("taipan", source)} runs: the compiled module code in the namespace of
 * {@code __main__}, returning the value of a final expression statement (for embedders).
 */
final class TopLevelRootNode extends RootNode {
    private final PCode code;
    private final String path;

    TopLevelRootNode(TaipanLanguage language, PCode code, String path) {
        super(language);
        this.code = code;
        this.path = path;
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
            return InteropValues.toHost(ctx.runModuleCode(code, main));
        } finally {
            ctx.flushStandardStreams();
        }
    }

    @Override
    public String getName() {
        return "<module>";
    }
}
