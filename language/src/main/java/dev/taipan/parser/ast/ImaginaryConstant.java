package dev.taipan.parser.ast;

/** The value of an imaginary literal such as {@code 3j}: a complex number with zero real part. */
public record ImaginaryConstant(double imag) {
}
