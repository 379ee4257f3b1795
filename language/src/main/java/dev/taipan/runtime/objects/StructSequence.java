package dev.taipan.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * CPython's struct sequences (sys.version_info, sys.flags, os.stat_result, time.struct_time):
 * tuple subclasses whose items also have names. Each field is a {@link Field} descriptor.
 */
public final class StructSequence {
    private StructSequence() {
    }

    /** Read-only access to one item of a struct sequence by name. */
    public static final class Field extends PythonObject {
        public final int index;
        public final String name;

        public Field(int index, String name) {
            this.index = index;
            this.name = name;
        }

        @Override
        public BuiltinType builtinType() {
            return BuiltinType.MEMBER_DESCRIPTOR;
        }
    }

    @TruffleBoundary
    public static PythonClass createType(String qualifiedName, String[] fields, int visibleFields) {
        TaipanContext ctx = TaipanContext.get(null);
        int dot = qualifiedName.lastIndexOf('.');
        String module = dot < 0 ? "builtins" : qualifiedName.substring(0, dot);
        String name = qualifiedName.substring(dot + 1);
        PythonClass base = ctx.getBuiltinClass(BuiltinType.STRUCT_SEQUENCE);
        PythonClass cls = new PythonClass(ctx.getBuiltinClass(BuiltinType.TYPE), name, new PythonClass[]{base}, new PythonClass[0], BuiltinType.TUPLE, 0);
        cls.setBasesAndMro(new PythonClass[]{base}, concat(cls, base.getMro()));
        cls.initAttribute("__module__", module);
        cls.initAttribute("__doc__", PNone.NONE);
        for (int i = 0; i < fields.length; i++) {
            cls.initAttribute(fields[i], new Field(i, fields[i]));
        }
        cls.initAttribute("n_fields", (long) fields.length);
        cls.initAttribute("n_sequence_fields", (long) visibleFields);
        cls.initAttribute("n_unnamed_fields", 0L);
        cls.initAttribute("_fields", new PTuple(fields.clone()));
        return cls;
    }

    private static PythonClass[] concat(PythonClass first, PythonClass[] rest) {
        PythonClass[] mro = new PythonClass[rest.length + 1];
        mro[0] = first;
        System.arraycopy(rest, 0, mro, 1, rest.length);
        return mro;
    }

    public static PTuple create(PythonClass type, Object... values) {
        return new PTuple(type, values);
    }
}
