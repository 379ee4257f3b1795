package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin without parameters. */
public abstract class PythonNullaryBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame);

    @Override
    public final Object call(VirtualFrame frame, Object[] frameArgs) {
        return execute(frame);
    }
}
