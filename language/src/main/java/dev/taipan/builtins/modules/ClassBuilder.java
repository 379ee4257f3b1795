package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.types.ClassCall;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;
import dev.taipan.runtime.types.TypeFactory;

/**
 * {@code __build_class__(func, name, *bases, metaclass=..., **kwds)}: what a class statement
 * calls. Resolves {@code __mro_entries__}, picks the metaclass, prepares the namespace, runs
 * the class body in it and calls the metaclass.
 */
final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary
    static Object build(Object funcObj, Object nameObj, PTuple origBases, PDict kwds) {
        if (!(funcObj instanceof PFunction func)) {
            throw PythonErrors.typeError("__build_class__: func must be a function");
        }
        if (!(nameObj instanceof String name)) {
            throw PythonErrors.typeError("__build_class__: name is not a string");
        }
        PTuple bases = resolveMroEntries(origBases);
        Object meta = kwds.removeItem("metaclass");
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? TaipanContext.get(null).getBuiltinClass(BuiltinType.TYPE) : PyObjectGetClass.get(bases.get(0));
            isClass = true;
        } else {
            isClass = meta instanceof PythonClass;
        }
        if (isClass) {
            meta = TypeFactory.calculateMetaclass((PythonClass) meta, bases);
        }
        Object ns;
        Object prepare = GenericAttributes.lookupAttribute(meta, "__prepare__");
        if (prepare != null) {
            ns = callWithKwargs(prepare, new Object[]{name, bases}, kwds);
            if (!(ns instanceof PDict) && PyObjectGetClass.get(ns).lookup("__getitem__") == null) {
                throw PythonErrors.typeError("%s.__prepare__() must return a mapping, not %s", meta instanceof PythonClass c ? c.getName() : "<metaclass>", PyObjectGetClass.typeName(ns));
            }
        } else {
            ns = new PDict();
        }
        Object[] frameArgs = PArguments.create(0);
        frameArgs[PArguments.CALLEE] = func;
        frameArgs[PArguments.SPECIAL] = ns;
        IndirectCallNode.getUncached().call(func.getCode().getCallTarget(), frameArgs);
        if (origBases != bases) {
            dev.taipan.runtime.abstractops.PyObjectItems.setItem(ns, "__orig_bases__", origBases);
        }
        Object cls = callWithKwargs(meta, new Object[]{name, bases, ns}, kwds);
        return cls;
    }

    private static Object callWithKwargs(Object callable, Object[] positional, PDict kwds) {
        if (kwds.size() == 0) {
            if (callable instanceof PythonClass c && positional.length == 3 && PyObjectGetClass.get(c).lookup("__call__") instanceof dev.taipan.runtime.function.PBuiltinFunction) {
                return ClassCall.call(c, positional, (String[]) null);
            }
            return CallDispatch.call(callable, positional);
        }
        Object[] args = new Object[positional.length + kwds.size()];
        System.arraycopy(positional, 0, args, 0, positional.length);
        String[] names = new String[kwds.size()];
        DictStorage s = kwds.storage();
        int k = 0;
        for (int i = s.next(-1); i >= 0; i = s.next(i)) {
            names[k] = (String) s.keyAt(i);
            args[positional.length + k] = s.valueAt(i);
            k++;
        }
        return CallDispatch.call(callable, args, names);
    }

    /** PEP 560: a base that is not a class may provide {@code __mro_entries__(bases)}. */
    private static PTuple resolveMroEntries(PTuple bases) {
        boolean changed = false;
        PList out = new PList();
        for (Object b : bases.items()) {
            if (!(b instanceof PythonClass)) {
                Object entries = GenericAttributes.lookupAttribute(b, "__mro_entries__");
                if (entries != null) {
                    Object r = CallDispatch.call(entries, bases);
                    if (!(r instanceof PTuple t)) {
                        throw PythonErrors.typeError("__mro_entries__ must return a tuple");
                    }
                    for (Object x : t.items()) {
                        out.append(x);
                    }
                    changed = true;
                    continue;
                }
            }
            out.append(b);
        }
        if (!changed) {
            return bases;
        }
        Object it = PyObjectIter.getIter(out);
        PList copy = new PList();
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            copy.append(v);
        }
        return new PTuple(copy.toArray());
    }
}
