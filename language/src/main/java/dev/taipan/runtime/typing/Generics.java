package dev.taipan.runtime.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PEllipsis;
import dev.taipan.runtime.objects.PGenericAlias;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PUnionType;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The algorithms behind {@code types.GenericAlias} ({@code list[int]}) and
 * {@code types.UnionType} ({@code int | str}): parameter collection, substitution, reprs.
 */
public final class Generics {
    private Generics() {
    }

    /** The names a GenericAlias answers itself; every other attribute comes from its origin. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    @TruffleBoundary
    public static PGenericAlias alias(Object origin, Object args) {
        PTuple tuple = args instanceof PTuple t && t.getExplicitClass() == null ? t : PTuple.of(args);
        return new PGenericAlias(null, origin, tuple, false);
    }

    @TruffleBoundary
    public static Object aliasGetAttribute(Object self, PythonClass type, String name) {
        if (self instanceof PGenericAlias a && !OWN_ATTRIBUTES.contains(name)) {
            return GenericAttributes.getAttribute(a.origin(), name);
        }
        return GenericAttributes.objectGetAttribute(self, type, name);
    }

    /** The type variables among {@code args}: objects with __typing_subst__, and the parameters of nested generics. */
    @TruffleBoundary
    public static PTuple parameters(PTuple args) {
        List<Object> params = new ArrayList<>();
        for (Object a : args.items()) {
            if (a instanceof PythonClass) {
                continue;
            }
            if (GenericAttributes.lookupAttribute(a, "__typing_subst__") != null) {
                addUnique(params, a);
                continue;
            }
            Object sub = GenericAttributes.lookupAttribute(a, "__parameters__");
            if (sub instanceof PTuple t) {
                for (Object p : t.items()) {
                    addUnique(params, p);
                }
            }
        }
        return PTuple.of(params.toArray());
    }

    private static void addUnique(List<Object> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return;
            }
        }
        list.add(o);
    }

    /** {@code alias[items]}: each type variable replaced by its argument. */
    @TruffleBoundary
    public static PTuple substitute(Object alias, PTuple args, PTuple params, Object item) {
        int n = params.size();
        if (n == 0) {
            throw PythonErrors.typeError("%s is not a generic class", PyObjectStr.repr(alias));
        }
        Object[] items = item instanceof PTuple t && t.getExplicitClass() == null ? t.items() : new Object[]{item};
        if (items.length != n) {
            throw PythonErrors.typeError("Too %s arguments for %s; actual %d, expected %d", items.length > n ? "many" : "few", PyObjectStr.repr(alias), items.length, n);
        }
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof PythonClass) {
                out[i] = arg;
                continue;
            }
            Object subst = GenericAttributes.lookupAttribute(arg, "__typing_subst__");
            if (subst != null) {
                out[i] = CallDispatch.call(subst, items[indexOf(params, arg)]);
                continue;
            }
            Object sub = GenericAttributes.lookupAttribute(arg, "__parameters__");
            if (sub instanceof PTuple t && t.size() > 0) {
                Object[] subItems = new Object[t.size()];
                for (int j = 0; j < subItems.length; j++) {
                    subItems[j] = items[indexOf(params, t.get(j))];
                }
                out[i] = PyObjectItems.getItem(arg, subItems.length == 1 ? subItems[0] : PTuple.of(subItems));
                continue;
            }
            out[i] = arg;
        }
        return PTuple.of(out);
    }

    private static int indexOf(PTuple params, Object p) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) == p) {
                return i;
            }
        }
        return 0;
    }

    /** How GenericAlias and UnionType print their arguments: types by qualified name. */
    @TruffleBoundary
    public static String reprArg(Object a) {
        if (a == PEllipsis.INSTANCE) {
            return "...";
        }
        if (a instanceof PythonClass c) {
            Object module = GenericAttributes.lookupAttribute(c, "__module__");
            String qualname = c.getQualname();
            if (module instanceof String m && !m.equals("builtins")) {
                return m + "." + qualname;
            }
            return qualname;
        }
        if (a instanceof PTuple t && t.getExplicitClass() == null && t.size() == 0) {
            return "()";
        }
        return PyObjectStr.repr(a);
    }

    @TruffleBoundary
    public static String aliasRepr(PGenericAlias a) {
        StringBuilder sb = new StringBuilder();
        if (a.isStarred()) {
            sb.append('*');
        }
        sb.append(reprArg(a.origin())).append('[');
        if (a.args().size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.args().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object arg = a.args().get(i);
            if (arg instanceof dev.taipan.runtime.objects.PList l) {
                sb.append('[');
                for (int j = 0; j < l.size(); j++) {
                    sb.append(j > 0 ? ", " : "").append(reprArg(l.get(j)));
                }
                sb.append(']');
            } else {
                sb.append(reprArg(arg));
            }
        }
        return sb.append(']').toString();
    }

    /** Whether {@code o} may appear in {@code X | Y}. */
    public static boolean isUnionable(Object o) {
        return o == PNone.NONE || o instanceof PythonClass || o instanceof PGenericAlias || o instanceof PUnionType;
    }

    /** {@code a | b}, or NotImplemented when either side cannot be part of a union. */
    @TruffleBoundary
    public static Object union(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
        }
        List<Object> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        PUnionType u = new PUnionType(PTuple.of(members.toArray()));
        return u;
    }

    private static void addMembers(List<Object> members, Object o) {
        if (o instanceof PUnionType u) {
            for (Object x : u.args().items()) {
                addMember(members, x);
            }
        } else {
            addMember(members, o == PNone.NONE ? TaipanContext.get(null).getBuiltinClass(BuiltinType.NONE_TYPE) : o);
        }
    }

    private static void addMember(List<Object> members, Object o) {
        for (Object m : members) {
            if (m == o || (m instanceof PGenericAlias && o instanceof PGenericAlias && PyObjectRichCompareBool.eqUncached(m, o))) {
                return;
            }
        }
        members.add(o);
    }

    @TruffleBoundary
    public static String unionRepr(PUnionType u) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < u.args().size(); i++) {
            Object a = u.args().get(i);
            sb.append(i > 0 ? " | " : "");
            if (a instanceof PythonClass c && c.getBuiltinType() == BuiltinType.NONE_TYPE && c.isBuiltin()) {
                sb.append("None");
            } else {
                sb.append(reprArg(a));
            }
        }
        return sb.toString();
    }

    static String typeName(Object o) {
        return PyObjectGetClass.typeName(o);
    }
}
