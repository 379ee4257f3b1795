package dev.taipan.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import dev.taipan.runtime.function.Signature;
import dev.taipan.runtime.objects.PNone;

/**
 * A builtin's static description: its {@link Builtin} annotation, the node factory that
 * instantiates it and the {@link Signature}/defaults the argument binder uses.
 */
public final class BuiltinDescriptor {
    public final Builtin builtin;
    public final NodeFactory<? extends PythonBuiltinNode> factory;
    public final Signature signature;
    /** Defaults of the optional positional parameters (all NO_VALUE). */
    public final Object[] defaults;
    /** {@link Builtin#checkPositional()}, or null when it is empty. */
    public final String checkPositional;
    private final String name;
    private final boolean hasKwOnly;

    public BuiltinDescriptor(Builtin builtin, NodeFactory<? extends PythonBuiltinNode> factory, String qualname) {
        this.builtin = builtin;
        this.factory = factory;
        String[] params = builtin.params();
        String[] kwOnly = builtin.kwOnly();
        List<String> names = new ArrayList<>(Arrays.asList(params));
        names.addAll(Arrays.asList(kwOnly));
        int posOnly = builtin.posOnly() < 0 ? params.length : builtin.posOnly();
        this.signature = new Signature(qualname, names.toArray(new String[0]), posOnly, params.length, kwOnly.length, builtin.varargs().isEmpty() ? null : builtin.varargs(),
                        builtin.varkw().isEmpty() ? null : builtin.varkw());
        int required = builtin.required() < 0 ? params.length : builtin.required();
        Object[] d = new Object[params.length - required];
        Arrays.fill(d, PNone.NO_VALUE);
        this.defaults = d;
        this.checkPositional = builtin.checkPositional().isEmpty() ? null : builtin.checkPositional();
        this.name = builtin.name();
        this.hasKwOnly = kwOnly.length > 0;
    }

    public String name() {
        return name;
    }

    public boolean hasKwOnly() {
        return hasKwOnly;
    }
}
