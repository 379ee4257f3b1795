package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.runtime.function.PArguments;

/** A builtin taking its bound parameters as an array (more than five slots). */
public abstract class PythonVarargsBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame, Object[] params);

    @Override
    public final Object call(VirtualFrame frame, Object[] frameArgs) {
        return execute(frame, java.util.Arrays.copyOfRange(frameArgs, PArguments.USER_START, frameArgs.length));
    }
}
