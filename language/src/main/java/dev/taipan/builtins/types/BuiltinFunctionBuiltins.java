package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PBuiltinMethod;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.PythonClass;

/**
 * builtin_function_or_method, method_descriptor and classmethod_descriptor: the functions
 * implemented in Java, free or bound.
 */
public final class BuiltinFunctionBuiltins {
    private BuiltinFunctionBuiltins() {
    }

    static PBuiltinFunction function(Object o) {
        if (o instanceof PBuiltinFunction f) {
            return f;
        }
        if (o instanceof PBuiltinMethod m) {
            return m.getFunction();
        }
        throw PythonErrors.typeError("expected a builtin function, got %s", PyObjectGetClass.typeName(o));
    }

    /**
     * CPython's meth_richcompare: equal when it is the same function bound to the same object (or
     * the same unbound one); {@code equal} false answers {@code !=}.
     */
    static Object compareMethods(Object a, Object b, boolean equal) {
        if (!(b instanceof PBuiltinMethod || b instanceof PBuiltinFunction)) {
            return PNotImplemented.INSTANCE;
        }
        boolean same = a instanceof PBuiltinMethod x && b instanceof PBuiltinMethod y ? x.getSelf() == y.getSelf() && x.getFunction() == y.getFunction() : a == b;
        return same == equal;
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            return compareMethods(self, other, true);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNe(Object self, Object other) {
            return compareMethods(self, other, false);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            if (self instanceof PBuiltinMethod m) {
                return PyObjectHash.identityHash(m.getSelf()) ^ PyObjectHash.identityHash(m.getFunction());
            }
            return PyObjectHash.identityHash(self);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            if (self instanceof PBuiltinMethod m) {
                Object s = m.getSelf();
                if (s instanceof PythonModule mod) {
                    return "<built-in function " + m.getFunction().getName() + ">";
                }
                return "<built-in method " + m.getFunction().getName() + " of " + PyObjectGetClass.typeName(s) + " object at " + dev.taipan.runtime.objects.ObjectIds.address(s) +
                                ">";
            }
            PBuiltinFunction f = function(self);
            return switch (f.getKind()) {
                case METHOD -> "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
                case CLASSMETHOD -> "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
                case STATIC -> "<built-in method " + f.getName() + " of type object at " + dev.taipan.runtime.objects.ObjectIds.address(f.getSelf()) + ">";
                default -> "<built-in function " + f.getName() + ">";
            };
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return function(self).getName();
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doQualname(Object self, Object value) {
            PBuiltinFunction f = function(self);
            return f.getOwner() != null ? f.getOwner().getName() + "." + f.getName() : f.getName();
        }
    }

    @Builtin(name = "__self__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SelfNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSelf(Object self, Object value) {
            if (self instanceof PBuiltinMethod m) {
                return m.getSelf();
            }
            return function(self).getSelf();
        }
    }

    @Builtin(name = "__objclass__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ObjClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doObjClass(Object self, Object value) {
            PythonClass owner = function(self).getOwner();
            if (owner == null) {
                throw PythonErrors.attributeError("'builtin_function_or_method' object has no attribute '__objclass__'");
            }
            return owner;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDoc(Object self, Object value) {
            String d = function(self).getDescriptor().builtin.doc();
            return d.isEmpty() ? PNone.NONE : d;
        }
    }

    @Builtin(name = "__text_signature__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TextSignatureNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSignature(Object self, Object value) {
            String s = dev.taipan.builtins.TextSignatures.of(function(self));
            return s == null ? PNone.NONE : s;
        }
    }

    /** Pickling: a module function by its name, a method as getattr(owner or self, name). */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            Object getattr = dev.taipan.TaipanContext.get(null).getBuiltinsModule().getAttribute("getattr");
            if (self instanceof PBuiltinMethod m) {
                return PTuple.of(getattr, PTuple.of(m.getSelf(), function(self).getName()));
            }
            PBuiltinFunction f = function(self);
            Object bound = f.getSelf();
            if (bound == null || bound == PNone.NO_VALUE || bound == PNone.NONE || bound instanceof PythonModule) {
                if (f.getOwner() != null && !(bound instanceof PythonModule)) {
                    return PTuple.of(getattr, PTuple.of(f.getOwner(), f.getName()));
                }
                return f.getName();
            }
            return PTuple.of(getattr, PTuple.of(bound, f.getName()));
        }
    }

    @Builtin(name = "__module__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class ModuleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doModule(Object self, Object value) {
            PBuiltinFunction f = function(self);
            if (f.getSelf() instanceof PythonModule m) {
                return m.getName();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, PTuple args, PDict kwargs) {
            return FunctionBuiltins.Calls.callWithDict(self, args.items(), kwargs);
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            if (self instanceof dev.taipan.runtime.function.PBuiltinMethod) {
                // already bound (CPython's builtin_function_or_method is no descriptor): stays as it is
                return self;
            }
            PBuiltinFunction f = function(self);
            Object inst = instance == PNone.NONE || instance == PNone.NO_VALUE ? null : instance;
            PythonClass type = owner instanceof PythonClass c ? c : inst != null ? PyObjectGetClass.get(inst) : f.getOwner();
            return Descriptors.get(f, inst, type);
        }
    }
}
