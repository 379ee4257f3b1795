package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin with exactly 1 parameter slot(s). */
public abstract class PythonUnaryBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame, Object arg0);

    @Override
    public final Object call(VirtualFrame frame, Object[] frameArgs) {
        return execute(frame, frameArgs[2]);
    }
}
