package dev.taipan.builtins;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.PythonClass;

/**
 * Where builtin types and modules find their Java implementations. Each builtins class
 * (e.g. {@code ListBuiltins}) holds {@link Builtin}-annotated node classes; the DSL generates
 * {@code ListBuiltinsFactory.getFactories()}. Types are filled on first lookup and modules on
 * first import, so start-up only pays for what the program uses.
 */
public final class BuiltinRegistry {
    /** Factories of a builtins class. */
    public interface FactoryList extends Supplier<List<? extends NodeFactory<? extends PythonBuiltinNode>>> {
    }

    /** A module implemented in Java: its functions plus an initializer for other attributes. */
    public interface ModuleDefinition {
        String name();

        List<FactoryList> factories();

        default void initialize(TaipanContext context, PythonModule module) {
        }
    }

    private static final Map<BuiltinType, List<FactoryList>> TYPE_BUILTINS = new EnumMap<>(BuiltinType.class);
    private static final Map<String, Supplier<ModuleDefinition>> MODULES = new HashMap<>();
    /** Plain data attributes of builtin types, e.g. {@code list.__hash__ = None}. */
    private static final Map<BuiltinType, Map<String, Object>> TYPE_ATTRIBUTES = new EnumMap<>(BuiltinType.class);

    static {
        BuiltinDefinitions.register();
    }

    /** Adds the methods in {@code factories} to builtin type {@code type}. */
    static void type(BuiltinType type, FactoryList factories) {
        TYPE_BUILTINS.computeIfAbsent(type, k -> new ArrayList<>()).add(factories);
    }

    /** Sets a data attribute of builtin type {@code type} (a context-independent value). */
    static void typeAttribute(BuiltinType type, String name, Object value) {
        TYPE_ATTRIBUTES.computeIfAbsent(type, k -> new HashMap<>()).put(name, value);
    }

    static void module(String name, Supplier<ModuleDefinition> definition) {
        MODULES.put(name, definition);
    }

    private final TaipanContext context;
    /** Annotation metadata per node class, parsed once per context. */
    private final Map<Class<?>, BuiltinDescriptor> descriptors = new HashMap<>();

    public BuiltinRegistry(TaipanContext context) {
        this.context = context;
    }

    public boolean hasModule(String name) {
        return MODULES.containsKey(name);
    }

    /** The names of all builtin modules (sys.builtin_module_names). */
    public static List<String> moduleNames() {
        List<String> names = new ArrayList<>(MODULES.keySet());
        names.sort(null);
        return names;
    }

    @TruffleBoundary
    public PythonModule createModule(String name) {
        ModuleDefinition def = MODULES.get(name).get();
        PythonModule module = new PythonModule(name);
        for (FactoryList list : def.factories()) {
            for (NodeFactory<? extends PythonBuiltinNode> f : list.get()) {
                BuiltinDescriptor d = descriptor(f, name);
                PBuiltinFunction fn = new PBuiltinFunction(d, d.name(), PBuiltinFunction.Kind.FUNCTION, null, module);
                module.setAttribute(d.name(), fn);
            }
        }
        def.initialize(context, module);
        return module;
    }

    /** A module-level builtin function made from one factory (for objects that are not modules). */
    @TruffleBoundary
    public PBuiltinFunction function(NodeFactory<? extends PythonBuiltinNode> f, String owner) {
        BuiltinDescriptor d = descriptor(f, owner);
        return new PBuiltinFunction(d, d.name(), PBuiltinFunction.Kind.FUNCTION, null, null);
    }

    @TruffleBoundary
    public void installTypeBuiltins(PythonClass cls) {
        BuiltinType type = cls.getBuiltinType();
        TYPE_ATTRIBUTES.getOrDefault(type, Map.of()).forEach(cls::initAttribute);
        installFactories(cls, TYPE_BUILTINS.get(type));
        if (cls.getOwnAttribute("__doc__") == null) {
            cls.initAttribute("__doc__", PNone.NONE);   // instances find __doc__ on their type
        }
    }

    private void installFactories(PythonClass cls, List<FactoryList> lists) {
        if (lists == null) {
            return;
        }
        for (FactoryList list : lists) {
            for (NodeFactory<? extends PythonBuiltinNode> f : list.get()) {
                BuiltinDescriptor d = descriptor(f, cls.getName());
                Builtin b = d.builtin;
                PBuiltinFunction.Kind kind = b.isStaticmethod() ? PBuiltinFunction.Kind.STATIC : (b.isClassmethod() ? PBuiltinFunction.Kind.CLASSMETHOD : PBuiltinFunction.Kind.METHOD);
                PBuiltinFunction fn = new PBuiltinFunction(d, cls.getName() + "." + d.name(), kind, cls, kind == PBuiltinFunction.Kind.STATIC ? cls : null);
                cls.initAttribute(d.name(), b.isGetter() ? getSet(cls, d, fn) : fn);
            }
        }
    }

    /**
     * A data attribute that a user class adds to its instances ({@code __dict__},
     * {@code __weakref__}), made from the getter's factory.
     */
    @TruffleBoundary
    public PGetSetDescriptor classAttribute(PythonClass cls, NodeFactory<? extends PythonBuiltinNode> f) {
        BuiltinDescriptor d = descriptor(f, cls.getName());
        return getSet(cls, d, new PBuiltinFunction(d, cls.getName() + "." + d.name(), PBuiltinFunction.Kind.METHOD, cls, null));
    }

    private static PGetSetDescriptor getSet(PythonClass cls, BuiltinDescriptor d, PBuiltinFunction accessor) {
        return new PGetSetDescriptor(d.name(), cls, accessor, d.builtin.settable(), d.builtin.isMember());
    }

    private BuiltinDescriptor descriptor(NodeFactory<? extends PythonBuiltinNode> f, String owner) {
        return descriptors.computeIfAbsent(f.getNodeClass(), c -> {
            Builtin b = BuiltinAnnotations.of(c);
            if (b == null) {
                throw new IllegalStateException("builtin node without @Builtin: " + c.getName());
            }
            return new BuiltinDescriptor(b, f, owner + "." + b.name());
        });
    }
}
