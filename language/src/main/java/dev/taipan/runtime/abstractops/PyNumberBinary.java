package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.numbers.NumberArithmetic;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Binary and in-place operators (CPython's binary_op1 / PyNumber_InPlace*): the left
 * operand's method, the right operand's reflected method (first, if its type is a subclass that
 * overrides it), NotImplemented handling, then sequence concatenation/repetition.
 */
public final class PyNumberBinary {
    private PyNumberBinary() {
    }

    @TruffleBoundary
    public static Object execute(Object v, Object w, BinaryOp op) {
        Object r = binaryOp1(v, w, op);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        r = sequenceFallback(v, w, op, false);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (WeakRefs.isProxy(v) || WeakRefs.isProxy(w)) {
            return execute(WeakRefs.throughProxy(v), WeakRefs.throughProxy(w), op);
        }
        throw unsupported(v, w, op.symbol);
    }

    @TruffleBoundary
    public static Object inplace(Object v, Object w, BinaryOp op) {
        PythonClass tv = PyObjectGetClass.get(v);
        Object im = tv.lookup(op.inplace);
        if (im != null && !isSequenceSlot(im)) {
            Object r = CallDispatch.callMethod(im, v, w);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object r = binaryOp1(v, w, op);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        r = sequenceFallback(v, w, op, true);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (WeakRefs.isProxy(v) || WeakRefs.isProxy(w)) {
            return inplace(WeakRefs.throughProxy(v), WeakRefs.throughProxy(w), op);
        }
        throw unsupported(v, w, op.symbol + "=");
    }

    public static RuntimeException unsupported(Object v, Object w, String symbol) {
        String sym = symbol.equals("**") ? "** or pow()" : symbol;
        return PythonErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, PyObjectGetClass.typeName(v), PyObjectGetClass.typeName(w));
    }

    /** The number-protocol part: returns NotImplemented when neither side handles it. */
    @TruffleBoundary
    public static Object binaryOp1(Object v, Object w, BinaryOp op) {
        Object fast = NumberArithmetic.binary(op, v, w);
        if (fast != null && PyObjectGetClass.get(v).isBuiltin() && PyObjectGetClass.get(w).isBuiltin()) {
            return fast;
        }
        PythonClass tv = PyObjectGetClass.get(v);
        PythonClass tw = PyObjectGetClass.get(w);
        Object slotv = tv.lookup(op.dunder);
        if (isSequenceSlot(slotv)) {
            slotv = null;
        }
        Object slotw = null;
        if (tw != tv) {
            slotw = tw.lookup(op.reflected);
            if (isSequenceSlot(slotw) || slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            // a subclass on the right goes first only if it overrides the reflected method
            if (slotw != null && tw.isSubclassOf(tv) && tv.lookup(op.reflected) != slotw) {
                Object r = CallDispatch.callMethod(slotw, w, v);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
                slotw = null;
            }
            Object r = CallDispatch.callMethod(slotv, v, w);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (slotw != null) {
            return CallDispatch.callMethod(slotw, w, v);
        }
        return PNotImplemented.INSTANCE;
    }

    /**
     * The builtin sequences implement + and * as sequence slots in CPython: tried only after the
     * number protocol of both operands, and they raise rather than return NotImplemented.
     */
    private static Object sequenceFallback(Object v, Object w, BinaryOp op, boolean inplace) {
        PythonClass tv = PyObjectGetClass.get(v);
        if (op == BinaryOp.ADD) {
            Object m = inplace ? tv.lookup("__iadd__") : null;
            if (!isSequenceSlot(m)) {
                m = tv.lookup("__add__");
            }
            if (isSequenceSlot(m)) {
                return CallDispatch.callMethod(m, v, w);
            }
        } else if (op == BinaryOp.MUL) {
            Object m = inplace ? tv.lookup("__imul__") : null;
            if (!isSequenceSlot(m)) {
                m = tv.lookup("__mul__");
            }
            if (isSequenceSlot(m)) {
                return CallDispatch.callMethod(m, v, w);
            }
            Object rm = PyObjectGetClass.get(w).lookup("__rmul__");
            if (isSequenceSlot(rm)) {
                return CallDispatch.callMethod(rm, w, v);
            }
        }
        return PNotImplemented.INSTANCE;
    }

    /** list/tuple/str/bytes/bytearray's {@code __add__}, {@code __mul__} & co. */
    public static boolean isSequenceSlot(Object method) {
        if (method instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().isBuiltin()) {
            BuiltinType t = b.getOwner().getBuiltinType();
            if (t == BuiltinType.LIST || t == BuiltinType.TUPLE || t == BuiltinType.STR || t == BuiltinType.BYTES || t == BuiltinType.BYTEARRAY) {
                String n = b.getName();
                return n.equals("__add__") || n.equals("__mul__") || n.equals("__rmul__") || n.equals("__iadd__") || n.equals("__imul__");
            }
        }
        return false;
    }
}
