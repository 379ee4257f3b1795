package dev.taipan.builtins.types;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.PythonClass;

/** Instantiating a class whose {@code __abstractmethods__} is non-empty is an error (the abc machinery sets it). */
final class AbstractClasses {
    private AbstractClasses() {
    }

    @TruffleBoundary
    static void checkNotAbstract(PythonClass cls) {
        Object abstracts = cls.isBuiltin() ? null : cls.getOwnAttribute(TypeBuiltins.ABSTRACT_KEY);
        if (abstracts == null || !PyObjectIsTrue.execute(abstracts)) {
            return;
        }
        List<String> names = new ArrayList<>();
        Object it = PyObjectIter.getIter(abstracts);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            names.add(String.valueOf(v));
        }
        names.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        throw PythonErrors.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s", cls.getName(), names.size() == 1 ? "" : "s", sb);
    }
}
