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
    public static final class Field extends PythonObject implements dev.taipan.runtime.descriptors.NativeDescriptor {
        public final int index;
        public final String name;
        /** The struct sequence type, set once it exists. */
        private PythonClass owner;
        /** Where a field beyond the visible (tuple) part is kept on the instance. */
        private final dev.taipan.runtime.dict.HiddenKey hiddenKey;

        public Field(int index, String name) {
            this.index = index;
            this.name = name;
            this.hiddenKey = new dev.taipan.runtime.dict.HiddenKey(name);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public PythonClass getOwner() {
            return owner;
        }

        /** The field's value: a tuple item, or for named-only fields (tm_zone) a hidden slot. */
        public Object read(PTuple t) {
            if (index < t.size()) {
                return t.get(index);
            }
            return com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(t, hiddenKey, PNone.NONE);
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
        cls.setTpName(dot < 0 ? name : qualifiedName);
        cls.initAttribute("__doc__", PNone.NONE);
        for (int i = 0; i < fields.length; i++) {
            Field field = new Field(i, fields[i]);
            field.owner = cls;
            cls.initAttribute(fields[i], field);
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

    /**
     * An instance whose first {@code visible} values form the tuple and the rest are reachable
     * only by name (like time.struct_time's tm_zone and tm_gmtoff).
     */
    @TruffleBoundary
    public static PTuple createWithHidden(PythonClass type, int visible, Object... values) {
        PTuple t = new PTuple(type, java.util.Arrays.copyOf(values, visible));
        for (int i = visible; i < values.length; i++) {
            Object f = type.getOwnAttribute(((PTuple) type.getOwnAttribute("_fields")).get(i));
            com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(t, ((Field) f).hiddenKey, values[i]);
        }
        return t;
    }
}
