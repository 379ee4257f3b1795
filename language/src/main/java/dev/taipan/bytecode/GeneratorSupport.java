package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.CodeFlags;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.generator.ThrowSignal;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** yield, yield from and await on top of the DSL's continuations. */
final class GeneratorSupport {
    private GeneratorSupport() {
    }

    static Object resumeValue(Object sent, Node node) {
        if (sent instanceof ThrowSignal ts) {
            throw new PException(ts.exception(), node);
        }
        return sent;
    }

    @TruffleBoundary
    static Object yieldFromIter(Object value, boolean isAwait, int codeFlags) {
        if (isAwait) {
            if (isAwaitableGenerator(value)) {
                if (value instanceof PGenerator g && g.getKind() == PGenerator.Kind.COROUTINE && g.getYieldFrom() != null) {
                    throw PythonErrors.runtimeError("coroutine is being awaited already");
                }
                return value;
            }
            Object await = PyObjectGetClass.get(value).lookup("__await__");
            if (await == null) {
                throw PythonErrors.typeError("object %s can't be used in 'await' expression", PyObjectGetClass.typeName(value));
            }
            Object it = CallDispatch.callMethod(await, value);
            if (isAwaitableGenerator(it)) {
                throw PythonErrors.typeError("__await__() returned a coroutine");
            }
            if (!PyObjectIter.isIterator(it)) {
                throw PythonErrors.typeError("__await__() returned non-iterator of type '%s'", PyObjectGetClass.typeName(it));
            }
            return it;
        }
        if (value instanceof PGenerator g && g.getKind() == PGenerator.Kind.COROUTINE) {
            // only a generator made awaitable by @types.coroutine may delegate to a coroutine
            if ((codeFlags & (CodeFlags.COROUTINE | CodeFlags.ITERABLE_COROUTINE)) == 0) {
                throw PythonErrors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return g;
        }
        if (value instanceof PGenerator g && g.getKind() == PGenerator.Kind.GENERATOR) {
            return g;
        }
        return PyObjectIter.getIter(value);
    }

    /** Whether {@code await} can take {@code o}: a coroutine or generator, or an object with {@code __await__}. */
    static boolean isAwaitable(Object o) {
        return o instanceof PGenerator || PyObjectGetClass.get(o).lookup("__await__") != null;
    }

    /** What {@code __aenter__}/{@code __aexit__} returned, checked to be awaitable as CPython does. */
    @TruffleBoundary
    static Object asyncWithAwaitable(Object o, String method) {
        if (!isAwaitable(o)) {
            throw PythonErrors.typeError("'async with' received an object from %s that does not implement __await__: %s", method, PyObjectGetClass.typeName(o));
        }
        return o;
    }

    /** A coroutine, or a generator made awaitable by @types.coroutine: await takes it as it is. */
    private static boolean isAwaitableGenerator(Object o) {
        return o instanceof PGenerator g && (g.getKind() == PGenerator.Kind.COROUTINE ||
                        (g.getKind() == PGenerator.Kind.GENERATOR && (g.getCode().getFlags() & CodeFlags.ITERABLE_COROUTINE) != 0));
    }

    static boolean yieldFromStep(VirtualFrame frame, LocalAccessor result, BytecodeNode bytecode, Object delegate, Object sent) {
        Object[] out = step(delegate, sent);
        result.setObject(bytecode, frame, out[1]);
        return out[0] == Boolean.TRUE;
    }

    /** {yielded?, value}; the running generator's gi_yieldfrom is the delegate while it yields. */
    @TruffleBoundary
    private static Object[] step(Object delegate, Object sent) {
        PGenerator running = TaipanContext.get(null).getThreadState().getRunningGenerator();
        Object[] out;
        try {
            out = delegateStep(delegate, sent);
        } catch (PException e) {
            if (running != null) {
                running.setYieldFrom(null);
            }
            throw e;
        }
        if (running != null) {
            running.setYieldFrom(out[0] == Boolean.TRUE ? delegate : null);
        }
        return out;
    }

    private static Object[] delegateStep(Object delegate, Object sent) {
        if (delegate instanceof PGenerator g) {
            if (sent instanceof ThrowSignal ts && isGeneratorExit(ts)) {
                g.close();
                throw PythonErrors.raise(ts.exception());
            }
            Object r = g.resume(sent);
            if (r instanceof PGenerator.Returned ret) {
                return new Object[]{Boolean.FALSE, ret.value()};
            }
            return new Object[]{Boolean.TRUE, r};
        }
        PythonClass type = PyObjectGetClass.get(delegate);
        try {
            Object r;
            if (sent instanceof ThrowSignal ts) {
                if (isGeneratorExit(ts)) {
                    Object close = type.lookup("close");
                    if (close != null) {
                        CallDispatch.callMethod(close, delegate);
                    }
                    throw PythonErrors.raise(ts.exception());
                }
                Object thr = type.lookup("throw");
                if (thr == null) {
                    throw PythonErrors.raise(ts.exception());
                }
                r = CallDispatch.callMethod(thr, delegate, ts.exception());
            } else if (sent == PNone.NONE) {
                Object next = type.lookup("__next__");
                if (next == null) {
                    throw PythonErrors.typeError("'%s' object is not an iterator", type.getTpName());
                }
                r = CallDispatch.callMethod(next, delegate);
            } else {
                Object send = type.lookup("send");
                if (send == null) {
                    throw PythonErrors.attributeError("'%s' object has no attribute 'send'", type.getTpName());
                }
                r = CallDispatch.callMethod(send, delegate, sent);
            }
            return new Object[]{Boolean.TRUE, r};
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION)) {
                return new Object[]{Boolean.FALSE, ExceptionFields.get(e.getPythonException(), ExceptionFields.VALUE)};
            }
            throw e;
        }
    }

    private static boolean isGeneratorExit(ThrowSignal ts) {
        return PyObjectGetClass.get(ts.exception()).isSubtypeOfBuiltin(BuiltinType.GENERATOR_EXIT);
    }
}
