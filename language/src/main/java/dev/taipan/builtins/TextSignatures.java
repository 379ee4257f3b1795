package dev.taipan.builtins;

import java.util.HashMap;
import java.util.Map;

import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code __text_signature__} of builtins. CPython reads it from the first line of a C function's
 * docstring; Taipan knows its builtins' parameters from their {@link Builtin} declarations, so it
 * prints the same format from those: {@code ($module, obj, /)} for a module function,
 * {@code ($self, ...)} for a method, {@code ($type, ...)} for a classmethod. The dunder methods
 * that CPython implements as type slots get the slot's fixed signature (its parameter names,
 * e.g. {@code value}, are part of it). A builtin with optional parameters has none: CPython
 * shows their defaults, which a declaration does not record, and a signature without them
 * would be wrong.
 */
public final class TextSignatures {
    private TextSignatures() {
    }

    private static final Map<String, String> SLOTS = new HashMap<>();

    /**
     * The constructor signatures that CPython 3.12's builtin types carry in their docstrings
     * (Taipan keeps no docstrings for its types, so the signature line is kept here).
     */
    private static final Map<BuiltinType, String> TYPES = new java.util.EnumMap<>(BuiltinType.class);

    /** Methods CPython writes without a signature line (not slots, not Argument Clinic). */
    private static final java.util.Set<String> UNSIGNED = java.util.Set.of("__class_getitem__", "__init_subclass__");

    static {
        for (String n : new String[]{"__repr__", "__str__", "__hash__", "__len__", "__iter__", "__next__", "__bool__", "__neg__", "__pos__", "__abs__",
                        "__invert__", "__int__", "__float__", "__index__", "__await__", "__aiter__", "__anext__", "__del__"}) {
            SLOTS.put(n, "($self, /)");
        }
        for (String op : new String[]{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "or", "xor"}) {
            SLOTS.put("__" + op + "__", "($self, value, /)");
            SLOTS.put("__r" + op + "__", "($self, value, /)");
            if (!op.equals("divmod")) {
                SLOTS.put("__i" + op + "__", "($self, value, /)");
            }
        }
        SLOTS.put("__pow__", "($self, value, mod=None, /)");
        SLOTS.put("__rpow__", "($self, value, mod=None, /)");
        SLOTS.put("__ipow__", "($self, value, /)");
        for (String n : new String[]{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}) {
            SLOTS.put(n, "($self, value, /)");
        }
        SLOTS.put("__getitem__", "($self, key, /)");
        SLOTS.put("__delitem__", "($self, key, /)");
        SLOTS.put("__contains__", "($self, key, /)");
        SLOTS.put("__setitem__", "($self, key, value, /)");
        SLOTS.put("__getattribute__", "($self, name, /)");
        SLOTS.put("__getattr__", "($self, name, /)");
        SLOTS.put("__delattr__", "($self, name, /)");
        SLOTS.put("__setattr__", "($self, name, value, /)");
        SLOTS.put("__get__", "($self, instance, owner=None, /)");
        SLOTS.put("__set__", "($self, instance, value, /)");
        SLOTS.put("__delete__", "($self, instance, /)");
        SLOTS.put("__call__", "($self, /, *args, **kwargs)");
        SLOTS.put("__init__", "($self, /, *args, **kwargs)");
        SLOTS.put("__new__", "($type, *args, **kwargs)");

        TYPES.put(BuiltinType.OBJECT, "()");
        TYPES.put(BuiltinType.FLOAT, "(x=0, /)");
        TYPES.put(BuiltinType.COMPLEX, "(real=0, imag=0)");
        TYPES.put(BuiltinType.LIST, "(iterable=(), /)");
        TYPES.put(BuiltinType.TUPLE, "(iterable=(), /)");
        TYPES.put(BuiltinType.ENUMERATE, "(iterable, start=0)");
        TYPES.put(BuiltinType.MEMORYVIEW, "(object)");
        TYPES.put(BuiltinType.PROPERTY, "(fget=None, fset=None, fdel=None, doc=None)");
        TYPES.put(BuiltinType.REVERSED, "(sequence, /)");
        TYPES.put(BuiltinType.METHOD, "(function, instance, /)");
        TYPES.put(BuiltinType.MODULE, "(name, doc=None)");
        TYPES.put(BuiltinType.CELL, "([contents])");
        TYPES.put(BuiltinType.IT_STARMAP, "(function, iterable, /)");
        TYPES.put(BuiltinType.IT_TEE, "(iterable, /)");
        TYPES.put(BuiltinType.IT_ACCUMULATE, "(iterable, func=None, *, initial=None)");
        TYPES.put(BuiltinType.IT_BATCHED, "(iterable, n)");
        TYPES.put(BuiltinType.IT_COMBINATIONS, "(iterable, r)");
        TYPES.put(BuiltinType.IT_COMBINATIONS_WITH_REPLACEMENT, "(iterable, r)");
        TYPES.put(BuiltinType.IT_COMPRESS, "(data, selectors)");
        TYPES.put(BuiltinType.IT_COUNT, "(start=0, step=1)");
        TYPES.put(BuiltinType.IT_CYCLE, "(iterable, /)");
        TYPES.put(BuiltinType.IT_DROPWHILE, "(predicate, iterable, /)");
        TYPES.put(BuiltinType.IT_FILTERFALSE, "(function, iterable, /)");
        TYPES.put(BuiltinType.IT_GROUPBY, "(iterable, key=None)");
        TYPES.put(BuiltinType.IT_PAIRWISE, "(iterable, /)");
        TYPES.put(BuiltinType.IT_PERMUTATIONS, "(iterable, r=None)");
        TYPES.put(BuiltinType.IT_TAKEWHILE, "(predicate, iterable, /)");
    }

    /** A builtin type's constructor signature, or null. */
    public static String ofBuiltinType(BuiltinType t) {
        return TYPES.get(t);
    }

    /**
     * The signature a docstring begins with, CPython's convention for C types:
     * {@code name(params)\n--\n\n} (name is the last dotted component); null when there is none.
     */
    public static String fromDoc(String name, String doc) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (doc == null || !doc.startsWith(last + "(")) {
            return null;
        }
        int start = last.length();
        for (int i = start; i < doc.length(); i++) {
            if (doc.startsWith(")\n--\n\n", i)) {
                return doc.substring(start, i + 1);
            }
            if (doc.startsWith("\n\n", i)) {
                return null;    // a blank line ends the search: the docstring has no marker
            }
        }
        return null;
    }

    /** The signature text, or null (Python None) when Taipan cannot state it exactly. */
    public static String of(PBuiltinFunction f) {
        Builtin b = f.getDescriptor().builtin;
        PBuiltinFunction.Kind kind = f.getKind();
        if (UNSIGNED.contains(b.name())) {
            return null;
        }
        if (kind != PBuiltinFunction.Kind.FUNCTION && b.name().startsWith("__")) {
            String slot = SLOTS.get(b.name());
            if (slot != null) {
                return slot;
            }
        }
        String[] params = b.params();
        int required = b.required() < 0 ? params.length : b.required();
        if (required < params.length || b.kwOnly().length > 0 || !b.varargs().isEmpty() || !b.varkw().isEmpty()) {
            return null;
        }
        // the bound first parameter ($module/$self/$type) is always positional-only
        java.util.List<String> names = new java.util.ArrayList<>();
        int first = kind == PBuiltinFunction.Kind.METHOD || kind == PBuiltinFunction.Kind.CLASSMETHOD ? 1 : 0;
        switch (kind) {
            case FUNCTION -> names.add("$module");
            case METHOD -> names.add("$self");
            case CLASSMETHOD -> names.add("$type");
            case STATIC -> {
                // nothing is bound
            }
        }
        int posOnly = (b.posOnly() < 0 ? params.length : b.posOnly()) - first + names.size();
        for (int i = first; i < params.length; i++) {
            names.add(params[i]);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names.get(i));
            if (i == posOnly - 1) {
                sb.append(", /");
            }
        }
        return sb.append(")").toString();
    }
}
