package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.array.ArrayFormat;
import dev.taipan.runtime.array.ArrayOps;
import dev.taipan.runtime.array.MachineFormat;
import dev.taipan.runtime.array.PArray;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code array}: the array.array type of packed C values, and the pickle reconstructor. */
public final class ArrayModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "array";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(ArrayModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        PythonClass array = ctx.getBuiltinClass(BuiltinType.ARRAY);
        m.setAttribute("array", array);
        m.setAttribute("ArrayType", array);
        m.setAttribute("typecodes", ArrayFormat.TYPECODES);
    }

    @Builtin(name = "_array_reconstructor", params = {"arraytype", "typecode", "mformat_code", "items"})
    @GenerateNodeFactory
    public abstract static class ReconstructorNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object arraytype, Object typecode, Object mformatCode, Object items) {
            if (!(arraytype instanceof PythonClass cls)) {
                throw PythonErrors.typeError("first argument must be a type object, not %s", PyObjectGetClass.typeName(arraytype));
            }
            if (!cls.isSubtypeOfBuiltin(BuiltinType.ARRAY)) {
                throw PythonErrors.typeError("%s is not a subtype of array.array", cls.getTpName());
            }
            String tc = StrBuiltins.asString(typecode);
            if (tc == null || tc.codePointCount(0, tc.length()) != 1) {
                throw PythonErrors.typeError("_array_reconstructor() argument 2 must be a unicode character, not %s", PyObjectGetClass.typeName(typecode));
            }
            ArrayFormat f = ArrayFormat.of(tc.codePointAt(0));
            if (f == null) {
                throw PythonErrors.valueError("second argument must be a valid type code");
            }
            long code = PyNumberConvert.asSize(mformatCode, BuiltinType.OVERFLOW_ERROR);
            if (code < 0 || code > MachineFormat.MAX) {
                throw PythonErrors.valueError("third argument must be a valid machine format code.");
            }
            if (!(items instanceof PBytes b)) {
                throw PythonErrors.typeError("fourth argument should be bytes, not %s", PyObjectGetClass.typeName(items));
            }
            PythonClass explicit = cls.isBuiltin() ? null : cls;
            if (code == MachineFormat.of(f)) {
                PArray a = new PArray(explicit, f);
                ArrayOps.fromBytes(a, b.bytes());
                return a;
            }
            PList values = MachineFormat.decode((int) code, b.bytes());
            // integers come back in the native type of the pickled size and signedness, whatever typecode was asked for
            String target = code <= 13 ? MachineFormat.nativeTypecode((int) code, f) : tc;
            return ArrayOps.create(explicit, target, code >= 18 ? values.get(0) : values);
        }
    }
}
