package dev.taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

import dev.taipan.TaipanLanguage;
import dev.taipan.builtins.BuiltinDescriptor;
import dev.taipan.builtins.BuiltinRootNode;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A function implemented in Java: a module-level builtin ({@code len}), a method of a builtin
 * type ({@code list.append}, binds to an instance like a Python function), a classmethod
 * ({@code dict.fromkeys}) or a static one ({@code int.__new__}). The call target is created on
 * first call.
 */
public final class PBuiltinFunction extends PythonObject {
    public enum Kind {
        /** A function in a module; does not bind when stored in a class. */
        FUNCTION,
        /** An instance method of a builtin type (method_descriptor). */
        METHOD,
        /** Binds to the class (classmethod_descriptor). */
        CLASSMETHOD,
        /** Never binds ({@code __new__}, {@code str.maketrans}). */
        STATIC
    }

    private final BuiltinDescriptor descriptor;
    private final String qualname;
    private final Kind kind;
    /** The defining type (methods) or null. */
    private final PythonClass owner;
    /** {@code __self__}: the module of a module function, the type of a static method. */
    private final Object self;
    @CompilationFinal private RootCallTarget callTarget;

    public PBuiltinFunction(BuiltinDescriptor descriptor, String qualname, Kind kind, PythonClass owner, Object self) {
        this.descriptor = descriptor;
        this.qualname = qualname;
        this.kind = kind;
        this.owner = owner;
        this.self = self;
    }

    public BuiltinDescriptor getDescriptor() {
        return descriptor;
    }

    public Signature getSignature() {
        return descriptor.signature;
    }

    public Object[] getDefaults() {
        return descriptor.defaults;
    }

    /** Keyword-only parameters of builtins are all optional (NO_VALUE when omitted). */
    public PDict getKwDefaults() {
        return null;
    }

    public String getName() {
        return descriptor.name();
    }

    public String getQualname() {
        return qualname;
    }

    public Kind getKind() {
        return kind;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public Object getSelf() {
        return self == null ? PNone.NONE : self;
    }

    public RootCallTarget getCallTarget() {
        if (callTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            createCallTarget();
        }
        return callTarget;
    }

    private synchronized void createCallTarget() {
        if (callTarget == null) {
            // a type's __new__ checks its cls argument first, as CPython's tp_new_wrapper does
            BuiltinType newOf = owner != null && kind == Kind.STATIC && descriptor.name().equals("__new__") ? owner.getBuiltinType() : null;
            BuiltinRootNode root = new BuiltinRootNode(TaipanLanguage.get(null), qualname, descriptor.factory.createNode(), newOf);
            callTarget = root.getCallTarget();
        }
    }

    @Override
    public BuiltinType builtinType() {
        return switch (kind) {
            case METHOD -> BuiltinType.METHOD_DESCRIPTOR;
            case CLASSMETHOD -> BuiltinType.CLASSMETHOD_DESCRIPTOR;
            default -> BuiltinType.BUILTIN_FUNCTION;
        };
    }

    @Override
    public String toString() {
        return "<built-in function " + qualname + ">";
    }
}
