package dev.taipan.runtime.function;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A Python function: a code object plus what {@code def} evaluated (globals, defaults,
 * keyword-only defaults, closure cells, annotations). Its own attributes ({@code f.x = 1}) live
 * in the shape.
 */
public final class PFunction extends PythonObject {
    private PCode code;
    private final PDict globals;
    /** The builtins namespace, fixed at creation from {@code globals['__builtins__']}. */
    private final PDict builtins;
    private Object[] defaults;
    private PDict kwDefaults;
    private final PCell[] closure;
    private String name;
    private String qualname;
    private Object doc = PNone.NONE;
    private Object module = PNone.NONE;
    private Object annotations;
    private Object typeParams;

    public PFunction(PCode code, PDict globals, PDict builtins, String qualname, Object[] defaults, PDict kwDefaults, PCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.getName();
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    public PCode getCode() {
        return code;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    public PDict getGlobals() {
        return globals;
    }

    public PDict getBuiltins() {
        return builtins;
    }

    /** Positional defaults (may be null). */
    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public PDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PDict kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    public Object getTypeParams() {
        return typeParams;
    }

    public void setTypeParams(Object typeParams) {
        this.typeParams = typeParams;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FUNCTION;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
