package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code type(obj)}: the Python class of any value, including the Java primitives. */
@GenerateUncached
@GenerateInline(false)
@GenerateCached
public abstract class PyObjectGetClass extends Node {
    public abstract PythonClass execute(Object obj);

    public static PyObjectGetClass create() {
        return PyObjectGetClassNodeGen.create();
    }

    public static PyObjectGetClass getUncached() {
        return PyObjectGetClassNodeGen.getUncached();
    }

    /** The class of {@code obj}, callable from anywhere inside a context. */
    public static PythonClass get(Object obj) {
        TaipanContext ctx = TaipanContext.get(null);
        if (obj instanceof PythonObject po) {
            PythonClass c = po.getExplicitClass();
            return c != null ? c : ctx.getBuiltinClass(po.builtinType());
        }
        return ctx.getBuiltinClass(builtinTypeOfPrimitive(obj));
    }

    /** The builtin type of a value that is not a PythonObject. */
    public static BuiltinType builtinTypeOfPrimitive(Object obj) {
        if (obj instanceof Boolean) {
            return BuiltinType.BOOL;
        } else if (obj instanceof Long || obj instanceof BigInteger || obj instanceof Integer) {
            return BuiltinType.INT;
        } else if (obj instanceof Double) {
            return BuiltinType.FLOAT;
        } else if (obj instanceof String) {
            return BuiltinType.STR;
        }
        return BuiltinType.FOREIGN;
    }

    /** The name of {@code type(obj)}, for error messages. */
    public static String typeName(Object obj) {
        return get(obj).getTpName();
    }

    @Specialization
    static PythonClass doLong(@SuppressWarnings("unused") long x, @Bind Node node) {
        return TaipanContext.get(node).getBuiltinClass(BuiltinType.INT);
    }

    @Specialization
    static PythonClass doBoolean(@SuppressWarnings("unused") boolean x, @Bind Node node) {
        return TaipanContext.get(node).getBuiltinClass(BuiltinType.BOOL);
    }

    @Specialization
    static PythonClass doDouble(@SuppressWarnings("unused") double x, @Bind Node node) {
        return TaipanContext.get(node).getBuiltinClass(BuiltinType.FLOAT);
    }

    @Specialization
    static PythonClass doString(@SuppressWarnings("unused") String x, @Bind Node node) {
        return TaipanContext.get(node).getBuiltinClass(BuiltinType.STR);
    }

    @Specialization(guards = "obj.getExplicitClass() != null")
    static PythonClass doExplicit(PythonObject obj) {
        return obj.getExplicitClass();
    }

    @Specialization(guards = "obj.getExplicitClass() == null")
    static PythonClass doBuiltin(PythonObject obj, @Bind Node node) {
        return TaipanContext.get(node).getBuiltinClass(obj.builtinType());
    }

    @Fallback
    static PythonClass doOther(Object obj) {
        return get(obj);
    }
}
