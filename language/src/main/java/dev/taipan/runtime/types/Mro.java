package dev.taipan.runtime.types;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/** C3 linearization of a class's bases (Python's method resolution order). */
public final class Mro {
    private Mro() {
    }

    @TruffleBoundary
    public static PythonClass[] compute(PythonClass cls, PythonClass[] bases) {
        List<List<PythonClass>> seqs = new ArrayList<>();
        for (PythonClass b : bases) {
            seqs.add(new ArrayList<>(List.of(b.getMro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass candidate = null;
            for (List<PythonClass> s : seqs) {
                PythonClass head = s.get(0);
                boolean inTail = false;
                for (List<PythonClass> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                List<PythonClass> heads = new ArrayList<>();
                for (List<PythonClass> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (int i = 0; i < heads.size(); i++) {
                    if (i > 0) {
                        names.append(", ");
                    }
                    names.append(heads.get(i).getName());
                }
                throw PythonErrors.typeError("Cannot create a consistent method resolution order (MRO) for bases %s", names);
            }
            result.add(candidate);
            for (List<PythonClass> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
