package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code complex}. */
public final class PComplex extends PythonObject {
    public final double real;
    public final double imag;

    public PComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public PComplex(PythonClass cls, double real, double imag) {
        super(cls);
        this.real = real;
        this.imag = imag;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.COMPLEX;
    }
}
