package dev.taipan.builtins;

import java.lang.annotation.Annotation;

/**
 * A {@link Builtin} annotation's values as a plain object, built by the generated
 * {@link BuiltinAnnotations} (see dev.taipan.processor.BuiltinValuesProcessor) instead of read
 * through reflection. The components must keep the annotation's element names.
 */
record BuiltinValues(String name, String[] params, int posOnly, int required, String[] kwOnly, String varargs, String varkw, boolean isClassmethod, boolean isStaticmethod,
                boolean isGetter, boolean settable, boolean isMember, String checkPositional, String doc) implements Builtin {
    @Override
    public Class<? extends Annotation> annotationType() {
        return Builtin.class;
    }
}
