package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Base of builtin implementations. Subclass one of the fixed arities so the Truffle DSL can
 * specialise on the parameter types; {@link PythonVarargsBuiltinNode} takes any number.
 */
public abstract class PythonBuiltinNode extends Node {
    /**
     * Calls the node with the bound parameters, read from the frame arguments array (see
     * PArguments: they start at index 2).
     */
    public abstract Object call(VirtualFrame frame, Object[] frameArgs);
}
