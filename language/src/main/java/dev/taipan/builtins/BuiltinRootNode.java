package dev.taipan.builtins;

import com.oracle.truffle.api.CompilerDirectives;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.TaipanLanguage;

/** The call target of a builtin: runs its node on the already bound parameters. */
public final class BuiltinRootNode extends RootNode {
    private final String name;
    /** For a builtin type's {@code __new__}: the type, whose subtypes alone may be passed as cls. */
    private final BuiltinType newOf;
    @Child private PythonBuiltinNode body;

    public BuiltinRootNode(TaipanLanguage language, String name, PythonBuiltinNode body, BuiltinType newOf) {
        super(language);
        this.name = name;
        this.body = body;
        this.newOf = newOf;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (newOf != null) {
            checkNewArgument(args[PArguments.USER_START]);
        }
        return body.call(frame, args);
    }

    /** "int.__new__(X): X is not a type object (int)", "... is not a subtype of int" and "... is not safe". */
    private void checkNewArgument(Object cls) {
        if (!(cls instanceof PythonClass c)) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.typeError("%s.__new__(X): X is not a type object (%s)", newOf.pythonName, PyObjectGetClass.typeName(cls));
        }
        if (!c.isSubtypeOfBuiltin(newOf)) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.typeError("%s.__new__(%s): %s is not a subtype of %s", newOf.pythonName, c.getName(), c.getName(), newOf.pythonName);
        }
        if (c.isBuiltin() && c.getBuiltinType() != newOf && c.getOwnAttribute("__new__") != null) {
            // int.__new__(bool) would make a bool with int's representation
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", newOf.pythonName, c.getName(), c.getName());
        }
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
        return new BuiltinRootNode(getLanguage(TaipanLanguage.class), name, (PythonBuiltinNode) com.oracle.truffle.api.nodes.NodeUtil.cloneNode(body), newOf);
    }
}
