package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectFormat;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.objects.PNone;

/** f-string replacement fields: conversion then {@code format(value, spec)}. */
final class Formatting {
    private Formatting() {
    }

    @TruffleBoundary
    static String formatValue(Object value, int conversion, Object spec) {
        Object v = switch (conversion) {
            case 's' -> PyObjectStr.str(value);
            case 'r' -> PyObjectStr.repr(value);
            case 'a' -> PyObjectStr.ascii(value);
            default -> value;
        };
        String s = spec == PNone.NO_VALUE ? "" : (String) spec;
        if (v instanceof String str && s.isEmpty()) {
            return str;
        }
        return PyObjectFormat.format(v, s);
    }
}
