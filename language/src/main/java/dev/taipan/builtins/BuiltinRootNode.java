package dev.taipan.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.TaipanLanguage;

/** The call target of a builtin: runs its node on the already bound parameters. */
public final class BuiltinRootNode extends RootNode {
    private final String name;
    @Child private PythonBuiltinNode body;

    public BuiltinRootNode(TaipanLanguage language, String name, PythonBuiltinNode body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.call(frame, frame.getArguments());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "<builtin " + name + ">";
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    protected boolean isCloneUninitializedSupported() {
        return true;
    }

    @Override
    protected RootNode cloneUninitialized() {
        return new BuiltinRootNode(getLanguage(TaipanLanguage.class), name, (PythonBuiltinNode) com.oracle.truffle.api.nodes.NodeUtil.cloneNode(body));
    }
}
