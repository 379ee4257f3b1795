package dev.taipan.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import dev.taipan.TaipanLanguage;
import dev.taipan.interop.PythonObjectInterop;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Base of every Python object that is not a Java primitive value (bool, int, float and str are
 * Boolean, Long/BigInteger, Double and String). It is a Truffle DynamicObject so that instance
 * attributes live in shapes (fast, cacheable); {@code __dict__} is a view on them.
 *
 * <p>
 * The Python class is an explicit class for instances of user classes (and of subclasses of
 * builtin types), otherwise the builtin type the Java class stands for, resolved in the current
 * context. That keeps builtin allocations free of context lookups.
 *
 * <p>
 * Python objects are interop values: attributes are members, callables are executable, classes
 * are meta-objects, lists and tuples are arrays, dicts hash maps, None is null.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PythonObject extends DynamicObject {
    /** One root shape for all Python objects: shapes then transition by attribute name only. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    private PythonClass pythonClass;

    protected PythonObject(PythonClass pythonClass) {
        super(ROOT_SHAPE);
        this.pythonClass = pythonClass;
        if (pythonClass != null && pythonClass.mayHaveDel()) {
            finalizeIfDel(pythonClass);
        }
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
        if (cls != null && cls.mayHaveDel()) {
            finalizeIfDel(cls);
        }
    }

    /** Out of line, to keep allocation small: instances of a class with {@code __del__} get finalized. */
    private void finalizeIfDel(PythonClass cls) {
        if (cls.hasDel()) {
            dev.taipan.runtime.DelFinalizer.attach(this);
        }
    }

    /** The builtin type a plain instance of this Java class belongs to. */
    public abstract BuiltinType builtinType();

    // ---------------------------------------------------------------- interop

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return TaipanLanguage.class;
    }

    @ExportMessage
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PythonObjectInterop.displayString(this);
    }

    @ExportMessage
    final boolean isNull() {
        return PythonObjectInterop.isNull(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaObject() {
        return PyObjectGetClass.get(this);
    }

    @ExportMessage
    final boolean isMetaObject() {
        return this instanceof PythonClass;
    }

    @ExportMessage
    final Object getMetaQualifiedName() throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            return c.getQualname();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final Object getMetaSimpleName() throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            return c.getName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            return PythonObjectInterop.isInstance(c, instance);
        }
        throw UnsupportedMessageException.create();
    }

    /** A module is a scope: its globals are the members (the polyglot bindings of __main__). */
    @ExportMessage
    final boolean isScope() {
        return this instanceof PythonModule;
    }

    @ExportMessage
    final boolean hasMembers() {
        return this != PNone.NONE;
    }

    @ExportMessage
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return PythonObjectInterop.members(this);
    }

    @ExportMessage
    final boolean isMemberReadable(String member) {
        return PythonObjectInterop.hasMember(this, member);
    }

    @ExportMessage
    final Object readMember(String member) throws UnknownIdentifierException {
        if (!PythonObjectInterop.hasMember(this, member)) {
            throw UnknownIdentifierException.create(member);
        }
        return PythonObjectInterop.readMember(this, member);
    }

    @ExportMessage
    final boolean isMemberModifiable(String member) {
        return PythonObjectInterop.hasMember(this, member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member) {
        return !PythonObjectInterop.hasMember(this, member);
    }

    @ExportMessage
    final void writeMember(String member, Object value) {
        PythonObjectInterop.writeMember(this, member, value);
    }

    @ExportMessage
    final boolean isMemberRemovable(String member) {
        return PythonObjectInterop.hasMember(this, member);
    }

    @ExportMessage
    final void removeMember(String member) {
        PythonObjectInterop.removeMember(this, member);
    }

    @ExportMessage
    final boolean isMemberInvocable(String member) {
        return PythonObjectInterop.hasMember(this, member);
    }

    @ExportMessage
    final Object invokeMember(String member, Object[] arguments) {
        return PythonObjectInterop.invokeMember(this, member, arguments);
    }

    @ExportMessage
    final boolean isExecutable() {
        return !(this instanceof PythonClass) && PythonObjectInterop.isCallable(this);
    }

    @ExportMessage
    final Object execute(Object[] arguments) {
        return PythonObjectInterop.execute(this, arguments);
    }

    @ExportMessage
    final boolean isInstantiable() {
        return this instanceof PythonClass;
    }

    @ExportMessage
    final Object instantiate(Object[] arguments) {
        return PythonObjectInterop.execute(this, arguments);
    }

    @ExportMessage
    final boolean hasArrayElements() {
        return this instanceof PList || this instanceof PTuple;
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        if (!hasArrayElements()) {
            throw UnsupportedMessageException.create();
        }
        return PythonObjectInterop.arraySize(this);
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        return hasArrayElements() && index >= 0 && index < PythonObjectInterop.arraySize(this);
    }

    @ExportMessage
    final Object readArrayElement(long index) throws InvalidArrayIndexException, UnsupportedMessageException {
        if (!hasArrayElements()) {
            throw UnsupportedMessageException.create();
        }
        if (index < 0 || index >= PythonObjectInterop.arraySize(this)) {
            throw InvalidArrayIndexException.create(index);
        }
        return PythonObjectInterop.arrayElement(this, index);
    }

    @ExportMessage
    final boolean isException() {
        return this instanceof dev.taipan.runtime.exceptions.PBaseException;
    }

    @ExportMessage
    final RuntimeException throwException() throws UnsupportedMessageException {
        if (this instanceof dev.taipan.runtime.exceptions.PBaseException e) {
            throw new PException(e, null);
        }
        throw UnsupportedMessageException.create();
    }
}
