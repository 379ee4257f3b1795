package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** Calling a class: {@code type(x)}, or {@code __new__} then {@code __init__} (CPython's type_call). */
public final class ClassCall {
    private ClassCall() {
    }

    @TruffleBoundary
    public static Object call(PythonClass cls, Object[] args, PDict kwargs) {
        int nkw = kwargs == null ? 0 : kwargs.size();
        if (args.length == 1 && nkw == 0 && cls == TaipanContext.get(null).getBuiltinClass(BuiltinType.TYPE)) {
            return PyObjectGetClass.get(args[0]);
        }
        Object[] all = new Object[args.length + nkw];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] names = null;
        if (nkw > 0) {
            names = new String[nkw];
            DictStorage s = kwargs.storage();
            int k = 0;
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                names[k] = (String) s.keyAt(i);
                all[args.length + k] = s.valueAt(i);
                k++;
            }
        }
        return call(cls, all, names);
    }

    /**
     * The {@code __init__} function to call after allocating a plain instance, when calling
     * {@code cls} needs nothing else: its metaclass calls like {@code type}, {@code __new__} is
     * {@code object.__new__}, the layout is plain object, it is not abstract and
     * {@code __init__} is a Python function. Null otherwise. Valid while
     * {@code cls.lookupStable()} holds (class attribute writes, including the abc machinery's
     * {@code __abstractmethods__}, invalidate it).
     */
    @TruffleBoundary
    public static PFunction plainInit(PythonClass cls) {
        PythonClass meta = cls.getExplicitClass();
        if (cls.isBuiltin() || !cls.isLookupCacheable() || meta == null || !callsLikeType(meta) || cls.getLayout() != BuiltinType.OBJECT) {
            return null;
        }
        if (!ObjectBuiltins.isObjectDefault(cls, "__new__")) {
            return null;
        }
        Object abstracts = cls.getOwnAttribute(TypeBuiltins.ABSTRACT_KEY);
        if (abstracts != null && PyObjectIsTrue.execute(abstracts)) {
            return null;
        }
        return cls.lookup("__init__") instanceof PFunction init ? init : null;
    }

    /**
     * The {@code __new__} that calling the builtin class {@code cls} runs, when it is a builtin
     * and {@code cls} is a plain builtin class (not {@code type}, whose one-argument call is
     * special, and with {@code type} as metaclass); null otherwise. Valid while
     * {@code cls.lookupStable()} holds.
     */
    @TruffleBoundary
    public static PBuiltinFunction builtinNew(PythonClass cls) {
        if (!cls.isBuiltin() || cls.getBuiltinType() == BuiltinType.TYPE || cls.getExplicitClass() != null || !cls.isLookupCacheable()) {
            return null;
        }
        Object init = cls.lookup("__init__");
        if (!(init instanceof PBuiltinFunction)) {
            return null;
        }
        return cls.lookup("__new__") instanceof PBuiltinFunction newFn ? newFn : null;
    }

    /** The {@code __init__} to run after {@link #builtinNew}: null when it is object's, a no-op then. */
    @TruffleBoundary
    public static PBuiltinFunction builtinInit(PythonClass cls) {
        if (ObjectBuiltins.isObjectDefault(cls, "__init__") && !ObjectBuiltins.isObjectDefault(cls, "__new__")) {
            return null;
        }
        return (PBuiltinFunction) cls.lookup("__init__");
    }

    /**
     * {__new__, __init__ or null} for a plain class whose own {@code __new__} is a Python
     * function (a staticmethod, as the class statement makes it) and whose {@code __init__} is
     * object's or a Python function; null otherwise. Valid while the class and its metaclass
     * do not change.
     */
    @TruffleBoundary
    public static PFunction[] pythonNew(PythonClass cls) {
        PythonClass meta = cls.getExplicitClass();
        if (cls.isBuiltin() || !cls.isLookupCacheable() || meta == null || !callsLikeType(meta)) {
            return null;
        }
        Object newMethod = cls.lookup("__new__");
        if (newMethod instanceof dev.taipan.runtime.descriptors.PStaticMethod sm) {
            newMethod = sm.getCallable();
        }
        if (!(newMethod instanceof PFunction newFn)) {
            return null;
        }
        Object abstracts = cls.getOwnAttribute(TypeBuiltins.ABSTRACT_KEY);
        if (abstracts != null && PyObjectIsTrue.execute(abstracts)) {
            return null;
        }
        if (ObjectBuiltins.isObjectDefault(cls, "__init__")) {
            return new PFunction[]{newFn, null};
        }
        return cls.lookup("__init__") instanceof PFunction init ? new PFunction[]{newFn, init} : null;
    }

    /**
     * The special method {@code name} of {@code type} when calling it needs only the instance
     * prepended (a Python function or a builtin method); null otherwise. Valid while
     * {@code type.lookupStable()} holds.
     */
    @TruffleBoundary
    public static Object plainMethod(PythonClass type, String name) {
        if (!type.isLookupCacheable()) {
            return null;
        }
        Object m = type.lookup(name);
        return CallDispatch.isPlainMethod(m) ? m : null;
    }

    /**
     * A metaclass whose instances are called as type's are: type itself, or one that does not
     * define __call__ (ABCMeta; not EnumType, which does). Valid while {@code meta.lookupStable()} holds.
     */
    private static boolean callsLikeType(PythonClass meta) {
        if (meta.getBuiltinType() == BuiltinType.TYPE) {
            return true;
        }
        return meta.isLookupCacheable() && meta.lookup("__call__") instanceof PBuiltinFunction call && call.getOwner() != null && call.getOwner().getBuiltinType() == BuiltinType.TYPE;
    }

    /** Vectorcall form: the last {@code kwnames.length} values are keyword arguments. */
    @TruffleBoundary
    public static Object call(PythonClass cls, Object[] args, String[] kwnames) {
        if (cls.getBuiltinType() == BuiltinType.TYPE) {
            // type(x) is special (CPython's type_call); otherwise type() needs name, bases, dict
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            if (npos == 1) {
                if (nkw > 0) {
                    throw PythonErrors.typeError("type() takes no keyword arguments");
                }
                return PyObjectGetClass.get(args[0]);
            }
            if (npos != 3) {
                throw PythonErrors.typeError("type() takes 1 or 3 arguments");
            }
        }
        Object newMethod = cls.hasFlag(dev.taipan.runtime.types.BuiltinType.Flags.DISALLOW_INSTANTIATION) ? null : cls.lookup("__new__");
        if (newMethod == null) {
            throw PythonErrors.typeError("cannot create '%s' instances", cls.getTpName());
        }
        if (newMethod instanceof dev.taipan.runtime.descriptors.PClassMethod) {
            newMethod = dev.taipan.runtime.abstractops.Descriptors.get(newMethod, null, cls);   // CPython gets __new__ with getattr
        }
        Object obj = CallDispatch.call(newMethod, CallDispatch.prepend(cls, args), kwnames);
        PythonClass type = PyObjectGetClass.get(obj);
        if (!type.isSubclassOf(cls)) {
            return obj;
        }
        Object init = type.lookup("__init__");
        if (init != null) {
            Object r = CallDispatch.callMethod(init, obj, args, kwnames);
            if (r != PNone.NONE) {
                throw PythonErrors.typeError("__init__() should return None, not '%s'", PyObjectGetClass.typeName(r));
            }
        }
        return obj;
    }
}
