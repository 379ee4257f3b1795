package dev.taipan.builtins.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.PythonClass;

/** The default {@code __dir__} of objects and of classes: sorted attribute names. */
public final class Dir {
    private Dir() {
    }

    @TruffleBoundary
    public static PList ofObject(Object self) {
        Set<String> names = new LinkedHashSet<>();
        PythonClass type = PyObjectGetClass.get(self);
        if (self instanceof PythonObject po && GenericAttributes.hasInstanceDict(self, type)) {
            addKeys(po, names);
        }
        addClassNames(type, names);
        return sorted(names);
    }

    @TruffleBoundary
    public static PList ofClass(PythonClass cls) {
        Set<String> names = new LinkedHashSet<>();
        addClassNames(cls, names);
        return sorted(names);
    }

    private static void addClassNames(PythonClass cls, Set<String> names) {
        for (PythonClass c : cls.getMro()) {
            c.getOwnAttribute("__doc__");
            addKeys(c, names);
        }
    }

    private static void addKeys(PythonObject o, Set<String> names) {
        for (Object k : DynamicObjectLibrary.getUncached().getKeyArray(o)) {
            if (k instanceof String s) {
                names.add(s);
            } else if (!(k instanceof HiddenKey)) {
                names.add(String.valueOf(k));
            }
        }
    }

    private static PList sorted(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        l.sort(null);
        return new PList(l.toArray());
    }
}
