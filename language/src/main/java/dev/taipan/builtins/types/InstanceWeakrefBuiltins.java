package dev.taipan.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PWeakRef;
import dev.taipan.runtime.objects.WeakRefs;

/**
 * The {@code __weakref__} attribute a class gets when it first makes its instances weakly
 * referenceable: the object's first weak reference, or None.
 */
public final class InstanceWeakrefBuiltins {
    private InstanceWeakrefBuiltins() {
    }

    @Builtin(name = "__weakref__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WeakrefNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doWeakref(Object self, Object value) {
            List<PWeakRef> refs = WeakRefs.refs(self);
            return refs.isEmpty() ? PNone.NONE : refs.get(0);
        }
    }
}
