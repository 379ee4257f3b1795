package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A data attribute of a builtin type implemented in Java ({@code function.__name__},
 * {@code int.real}, {@code BaseException.args}): a data descriptor whose accessor is a builtin
 * called as (self, NO_VALUE) to get, (self, value) to set and (self, DELETE) to delete.
 */
public final class PGetSetDescriptor extends PythonObject implements NativeDescriptor {
    /** The value passed to the accessor to delete the attribute. */
    public static final Object DELETE = new Object() {
        @Override
        public String toString() {
            return "<delete>";
        }
    };

    private final String name;
    private final PythonClass owner;
    private final PBuiltinFunction accessor;
    private final boolean settable;
    /** Shown to Python as a member_descriptor (a PyMemberDef field in CPython). */
    private final boolean member;

    public PGetSetDescriptor(String name, PythonClass owner, PBuiltinFunction accessor, boolean settable, boolean member) {
        this.name = name;
        this.owner = owner;
        this.accessor = accessor;
        this.settable = settable;
        this.member = member;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public PythonClass getOwner() {
        return owner;
    }

    public PBuiltinFunction getAccessor() {
        return accessor;
    }

    public boolean isSettable() {
        return settable;
    }

    public boolean isMember() {
        return member;
    }

    @Override
    public BuiltinType builtinType() {
        return member ? BuiltinType.MEMBER_DESCRIPTOR : BuiltinType.GETSET_DESCRIPTOR;
    }
}
