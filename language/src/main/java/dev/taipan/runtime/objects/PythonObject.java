package dev.taipan.runtime.objects;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Base of every Python object that is not a Java primitive value (bool, int, float and str are
 * Boolean, Long/BigInteger, Double and String). It is a Truffle DynamicObject so that instance
 * attributes live in shapes (fast, cacheable); {@code __dict__} is a view on them.
 *
 * <p>
 * The Python class is {@link #getPythonClass()}: an explicit class for instances of user classes
 * (and of subclasses of builtin types), otherwise the builtin type the Java class stands for,
 * resolved in the current context. That keeps builtin allocations free of context lookups.
 */
public abstract class PythonObject extends DynamicObject {
    /** One root shape for all Python objects: shapes then transition by attribute name only. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PythonClass pythonClass;

    protected PythonObject(PythonClass pythonClass) {
        super(ROOT_SHAPE);
        this.pythonClass = pythonClass;
    }

    protected PythonObject() {
        this(null);
    }

    /** The explicit class, or null when the object is a plain instance of its builtin type. */
    public final PythonClass getExplicitClass() {
        return pythonClass;
    }

    /** {@code __class__} assignment and subclass construction. */
    public final void setPythonClass(PythonClass cls) {
        this.pythonClass = cls;
    }

    /** The builtin type a plain instance of this Java class belongs to. */
    public abstract BuiltinType builtinType();
}
