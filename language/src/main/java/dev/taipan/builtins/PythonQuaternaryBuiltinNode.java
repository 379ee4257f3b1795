package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin with exactly 4 parameter slot(s). */
public abstract class PythonQuaternaryBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame, Object arg0, Object arg1, Object arg2, Object arg3);

    @Override
    public final Object call(VirtualFrame frame, Object[] frameArgs) {
        return execute(frame, frameArgs[2], frameArgs[3], frameArgs[4], frameArgs[5]);
    }
}
