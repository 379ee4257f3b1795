package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.function.PMethod;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/** The attributes of Python functions. */
public final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}. */
    @Builtin(name = "__new__", params = {"cls", "code", "globals", "name", "argdefs", "closure"}, required = 3, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends dev.taipan.builtins.PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object[] a) {
            if (!(a[1] instanceof PCode code)) {
                throw PythonErrors.typeError("function() argument 'code' must be code, not %s", PyObjectGetClass.typeName(a[1]));
            }
            if (!(a[2] instanceof PDict globals)) {
                throw PythonErrors.typeError("function() argument 'globals' must be dict, not %s", PyObjectGetClass.typeName(a[2]));
            }
            Object name = a[3] == PNone.NO_VALUE ? PNone.NONE : a[3];
            if (name != PNone.NONE && !(name instanceof String)) {
                throw PythonErrors.typeError("arg 3 (name) must be None or string");
            }
            Object argdefs = a[4] == PNone.NO_VALUE ? PNone.NONE : a[4];
            if (argdefs != PNone.NONE && !(argdefs instanceof PTuple)) {
                throw PythonErrors.typeError("arg 4 (defaults) must be None or tuple");
            }
            Object closure = a[5] == PNone.NO_VALUE ? PNone.NONE : a[5];
            int nfree = code.getFreevars().length;
            if (nfree == 0 && closure != PNone.NONE && !(closure instanceof PTuple)) {
                throw PythonErrors.typeError("arg 5 (closure) must be None or tuple");
            }
            if (nfree > 0 && !(closure instanceof PTuple)) {
                throw PythonErrors.typeError("arg 5 (closure) must be tuple");
            }
            dev.taipan.runtime.objects.PCell[] cells = null;
            if (closure instanceof PTuple t) {
                if (t.size() != nfree) {
                    throw PythonErrors.valueError("%s requires closure of length %d, not %d", code.getName(), nfree, t.size());
                }
                if (nfree > 0) {
                    cells = new dev.taipan.runtime.objects.PCell[nfree];
                    for (int i = 0; i < nfree; i++) {
                        if (!(t.get(i) instanceof dev.taipan.runtime.objects.PCell cell)) {
                            throw PythonErrors.typeError("arg 5 (closure) expected cell, found %s", PyObjectGetClass.typeName(t.get(i)));
                        }
                        cells[i] = cell;
                    }
                }
            }
            // builtins come from the globals' __builtins__, else the running context's
            Object b = globals.getString("__builtins__");
            PDict builtins = b instanceof dev.taipan.runtime.objects.PythonModule m ? m.getDict() : b instanceof PDict d ? d : dev.taipan.TaipanContext.get(null).getBuiltinsDict();
            PFunction f = new PFunction(code, globals, builtins, code.getQualname(), argdefs instanceof PTuple t ? t.items() : null, null, cells);
            Object module = globals.getString("__name__");
            if (module != null) {
                f.setModule(module);
            }
            f.setDoc(code.getDocstring() == null ? PNone.NONE : code.getDocstring());
            if (name instanceof String n) {
                f.setName(n);
            }
            return f;
        }
    }

    static PFunction self(Object o, String name) {
        if (o instanceof PFunction f) {
            return f;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'function' objects doesn't apply to a '%s' object", name, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PFunction f = self(self, "__repr__");
            return "<function " + f.getQualname() + " at " + dev.taipan.runtime.objects.ObjectIds.address(f) + ">";
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return self;
            }
            return new PMethod(instance, self);
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, PTuple args, PDict kwargs) {
            return Calls.callWithDict(self, args.items(), kwargs);
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            PFunction f = self(self, "__name__");
            if (value == PNone.NO_VALUE) {
                return f.getName();
            }
            if (!(value instanceof String s)) {
                throw PythonErrors.typeError("__name__ must be set to a string object");
            }
            f.setName(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doQualname(Object self, Object value) {
            PFunction f = self(self, "__qualname__");
            if (value == PNone.NO_VALUE) {
                return f.getQualname();
            }
            if (!(value instanceof String s)) {
                throw PythonErrors.typeError("__qualname__ must be set to a string object");
            }
            f.setQualname(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true, isMember = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDoc(Object self, Object value) {
            PFunction f = self(self, "__doc__");
            if (value == PNone.NO_VALUE) {
                return f.getDoc();
            }
            f.setDoc(value == PGetSetDescriptor.DELETE ? PNone.NONE : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__module__", params = {"self", "value"}, isGetter = true, isMember = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ModuleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doModule(Object self, Object value) {
            PFunction f = self(self, "__module__");
            if (value == PNone.NO_VALUE) {
                return f.getModule();
            }
            f.setModule(value == PGetSetDescriptor.DELETE ? PNone.NONE : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__code__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class CodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCode(Object self, Object value) {
            PFunction f = self(self, "__code__");
            if (value == PNone.NO_VALUE) {
                return f.getCode();
            }
            if (!(value instanceof PCode c)) {
                throw PythonErrors.typeError("__code__ must be set to a code object");
            }
            f.setCode(c);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__defaults__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DefaultsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDefaults(Object self, Object value) {
            PFunction f = self(self, "__defaults__");
            if (value == PNone.NO_VALUE) {
                return f.getDefaults() == null ? PNone.NONE : PTuple.of(f.getDefaults());
            }
            if (value == PNone.NONE || value == PGetSetDescriptor.DELETE) {
                f.setDefaults(null);
            } else if (value instanceof PTuple t) {
                f.setDefaults(t.size() == 0 ? null : t.items());
            } else {
                throw PythonErrors.typeError("__defaults__ must be set to a tuple object");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__kwdefaults__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class KwDefaultsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doKwDefaults(Object self, Object value) {
            PFunction f = self(self, "__kwdefaults__");
            if (value == PNone.NO_VALUE) {
                return f.getKwDefaults() == null ? PNone.NONE : f.getKwDefaults();
            }
            if (value == PNone.NONE || value == PGetSetDescriptor.DELETE) {
                f.setKwDefaults(null);
            } else if (value instanceof PDict d) {
                f.setKwDefaults(d);
            } else {
                throw PythonErrors.typeError("__kwdefaults__ must be set to a dict object");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__globals__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGlobals(Object self, Object value) {
            return self(self, "__globals__").getGlobals();
        }
    }

    @Builtin(name = "__builtins__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class BuiltinsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBuiltins(Object self, Object value) {
            return self(self, "__builtins__").getBuiltins();
        }
    }

    @Builtin(name = "__closure__", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class ClosureNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClosure(Object self, Object value) {
            PFunction f = self(self, "__closure__");
            return f.getClosure() == null ? PNone.NONE : PTuple.of((Object[]) f.getClosure());
        }
    }

    @Builtin(name = "__annotations__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doAnnotations(Object self, Object value) {
            PFunction f = self(self, "__annotations__");
            if (value == PNone.NO_VALUE) {
                if (f.getAnnotations() == null) {
                    f.setAnnotations(new PDict());
                }
                return f.getAnnotations();
            }
            f.setAnnotations(value == PGetSetDescriptor.DELETE ? null : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__type_params__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class TypeParamsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTypeParams(Object self, Object value) {
            PFunction f = self(self, "__type_params__");
            if (value == PNone.NO_VALUE) {
                return f.getTypeParams() == null ? PTuple.EMPTY : f.getTypeParams();
            }
            f.setTypeParams(value);
            return PNone.NONE;
        }
    }

    /** Calls with a kwargs dict (f.__call__). */
    static final class Calls {
        private Calls() {
        }

        @TruffleBoundary
        static Object callWithDict(Object callable, Object[] args, PDict kwargs) {
            if (kwargs.size() == 0) {
                return CallDispatch.call(callable, args);
            }
            Object[] all = new Object[args.length + kwargs.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            String[] names = new String[kwargs.size()];
            var s = kwargs.storage();
            int k = 0;
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                names[k] = (String) s.keyAt(i);
                all[args.length + k] = s.valueAt(i);
                k++;
            }
            return CallDispatch.call(callable, all, names);
        }
    }
}
