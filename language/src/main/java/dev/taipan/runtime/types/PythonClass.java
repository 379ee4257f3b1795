package dev.taipan.runtime.types;

import java.util.HashMap;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import dev.taipan.runtime.objects.PythonObject;

/**
 * A Python type. Its attributes (the class namespace: methods, class variables, descriptors)
 * are stored in its own Truffle shape, so {@code C.__dict__} is a view on them and lookups can be
 * cached. Attribute lookup along the MRO is cached by nodes behind {@link #lookupStable()}, an
 * assumption that is invalidated whenever this class or a class in its MRO changes.
 *
 * <p>
 * The metaclass is the object's explicit class; builtin classes have none and report
 * {@code type}.
 */
public final class PythonClass extends PythonObject {
    /** After this many invalidations lookups on the class stop being cached (it is too dynamic). */
    private static final int MAX_INVALIDATIONS = 16;

    /** Non-null for the VM's own types. */
    private final BuiltinType builtinType;
    private String name;
    private String qualname;
    @CompilationFinal(dimensions = 1) private PythonClass[] bases;
    @CompilationFinal(dimensions = 1) private PythonClass[] mro;
    /**
     * The builtin type whose instance layout instances of this class use (object for plain
     * classes, list for list subclasses, ...): decides which Java class {@code __new__} allocates.
     */
    private BuiltinType layout;
    private int flags;
    private final CyclicAssumption lookupStable;
    private int invalidations;
    /** A cache has taken {@link #lookupStable()} (see invalidateLookups). */
    private boolean observed;
    private final dev.taipan.runtime.WeakList<PythonClass> subclasses = new dev.taipan.runtime.WeakList<>();
    /** Builtin types get their methods installed on first lookup. */
    private volatile boolean methodsInstalled;
    /**
     * Whether the class has a {@code __del__}: 1 yes, 0 no, -1 not looked up since the last change.
     * Compilation-final: compiled allocations of a constant class fold the check, and a change
     * of the class invalidates their lookupStable assumption first.
     */
    @CompilationFinal private byte hasDel = -1;
    /** {@link #lookup} results by name; null until the first lookup after a change. */
    private HashMap<Object, Object> lookupCache;
    /** Names in {@code __slots__} (null when the class has no {@code __slots__}). */
    private String[] slots;

    /** A builtin type (created by the context). */
    public PythonClass(BuiltinType builtinType, PythonClass base) {
        super(null);
        this.builtinType = builtinType;
        this.name = builtinType.pythonName;
        this.qualname = builtinType.pythonName;
        this.bases = base == null ? new PythonClass[0] : new PythonClass[]{base};
        this.layout = builtinType;
        this.flags = builtinType.flags;
        this.lookupStable = new CyclicAssumption(builtinType.pythonName);
        computeMro();
        if (base != null) {
            base.addSubclass(this);
        }
    }

    /**
     * A class created by a class statement or {@code type(name, bases, ns)}; the caller has
     * checked the bases and computed the MRO.
     */
    public PythonClass(PythonClass metaclass, String name, PythonClass[] bases, PythonClass[] mro, BuiltinType layout, int flags) {
        super(metaclass);
        this.builtinType = null;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.mro = mro;
        this.layout = layout;
        this.flags = flags;
        this.lookupStable = new CyclicAssumption(name);
        this.methodsInstalled = true;
        for (PythonClass b : bases) {
            b.addSubclass(this);
        }
    }

    private void computeMro() {
        PythonClass[] m = new PythonClass[bases.length == 0 ? 1 : bases[0].mro.length + 1];
        m[0] = this;
        if (bases.length > 0) {
            System.arraycopy(bases[0].mro, 0, m, 1, bases[0].mro.length);
        }
        this.mro = m;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TYPE;
    }

    public BuiltinType getBuiltinType() {
        return builtinType;
    }

    public boolean isBuiltin() {
        return builtinType != null;
    }

    public String getName() {
        return name;
    }

    /**
     * CPython's tp_name, used in error messages: builtin types living outside builtins carry
     * their module ("collections.deque"); classes from class statements just their name.
     */
    /** CPython's tp_name when it is not derived from the name (struct sequences made by C modules). */
    private String tpNameOverride;

    public void setTpName(String tpName) {
        this.tpNameOverride = tpName;
    }

    public String getTpName() {
        if (tpNameOverride != null) {
            return tpNameOverride;
        }
        if (builtinType != null && !"builtins".equals(builtinType.module)) {
            return builtinType.module + "." + name;
        }
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    public PythonClass[] getMro() {
        return mro;
    }

    /**
     * Sets the MRO of a class being created (computed once the class object exists). Nothing can
     * have cached a lookup on it yet, and its bases already list it as a subclass.
     */
    public void initMro(PythonClass[] newMro) {
        this.mro = newMro;
        lookupCache = null;
    }

    /** Replaces bases and MRO ({@code __bases__} assignment); invalidates cached lookups. */
    @TruffleBoundary
    public void setBasesAndMro(PythonClass[] newBases, PythonClass[] newMro) {
        for (PythonClass b : bases) {
            b.removeSubclass(this);
        }
        this.bases = newBases;
        this.mro = newMro;
        for (PythonClass b : newBases) {
            b.addSubclass(this);
        }
        invalidateLookups();
    }

    public BuiltinType getLayout() {
        return layout;
    }

    public int getFlags() {
        return flags;
    }

    public void setFlags(int flags) {
        this.flags = flags;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) == flag;
    }

    public String[] getSlots() {
        return slots;
    }

    public void setSlots(String[] slots) {
        this.slots = slots;
    }

    /** Valid while neither this class nor any class in its MRO changes its attributes or bases. */
    public Assumption lookupStable() {
        observed = true;
        return lookupStable.getAssumption();
    }

    /**
     * Whether instances need finalizing: the class or a base defines {@code __del__}. Looked up
     * once per change of the class, as instances are created.
     */
    public boolean hasDel() {
        byte h = hasDel;
        if (h < 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            h = lookupDel();
        }
        return h == 1;
    }

    /** False only when the class is known to have no {@code __del__} (the cheap check allocations make). */
    public boolean mayHaveDel() {
        return hasDel != 0;
    }

    @TruffleBoundary
    private byte lookupDel() {
        byte h = (byte) (builtinType == null && lookup("__del__") != null ? 1 : 0);
        hasDel = h;
        return h;
    }

    /** Whether lookups on this class may be cached at all (it has not changed too often). */
    public boolean isLookupCacheable() {
        return invalidations < MAX_INVALIDATIONS;
    }

    @TruffleBoundary
    public void invalidateLookups() {
        if (observed) {
            // only changes after a cache has looked count: a class decorator (dataclass) or a
            // metaclass (Enum) setting many attributes while building the class does not make
            // it "too dynamic"
            invalidations++;
        }
        lookupStable.invalidate("class " + name + " changed");
        hasDel = -1;
        lookupCache = null;
        for (PythonClass sub : getSubclasses()) {
            sub.invalidateLookups();
        }
    }

    private void addSubclass(PythonClass sub) {
        subclasses.add(sub);
    }

    private void removeSubclass(PythonClass sub) {
        subclasses.remove(sub);
    }

    /** Live direct subclasses, in creation order ({@code __subclasses__()}). */
    public List<PythonClass> getSubclasses() {
        return subclasses.live();
    }

    public boolean isSubclassOf(PythonClass other) {
        CompilerAsserts.neverPartOfCompilation();
        if (this == other) {
            return true;
        }
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** True if instances of this class are instances of the builtin type {@code t}. */
    public boolean isSubtypeOfBuiltin(BuiltinType t) {
        for (PythonClass c : mro) {
            if (c.builtinType == t) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- namespace

    public boolean methodsInstalled() {
        return methodsInstalled;
    }

    public void markMethodsInstalled() {
        methodsInstalled = true;
    }

    /** The attribute defined directly in this class (not its bases), or null. */
    @TruffleBoundary
    public Object getOwnAttribute(Object key) {
        if (!methodsInstalled) {
            BuiltinTypeInstaller.install(this);
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, key, null);
    }

    /** Sets an attribute in this class's namespace and invalidates cached lookups. */
    @TruffleBoundary
    public void setOwnAttribute(Object key, Object value) {
        if (!methodsInstalled) {
            BuiltinTypeInstaller.install(this);
        }
        DynamicObjectLibrary.getUncached().put(this, key, value);
        invalidateLookups();
    }

    /** Used while building a class; no invalidation needed since nothing compiled depends on it yet. */
    @TruffleBoundary
    public void initAttribute(Object key, Object value) {
        DynamicObjectLibrary.getUncached().put(this, key, value);
        dropLookupCaches();
    }

    @TruffleBoundary
    public boolean removeOwnAttribute(Object key) {
        boolean removed = DynamicObjectLibrary.getUncached().removeKey(this, key);
        if (removed) {
            invalidateLookups();
        }
        return removed;
    }

    /**
     * CPython's {@code _PyType_Lookup}: the attribute along the MRO, or null. Results are kept
     * by name (CPython's method cache) until this class or one of its bases changes: the Java
     * code of the runtime looks attributes up without inline caches, and each step of the walk
     * is a search of a class's shape.
     */
    @TruffleBoundary
    public Object lookup(Object key) {
        HashMap<Object, Object> cache = lookupCache;
        if (cache != null) {
            Object v = cache.get(key);
            if (v != null) {
                return v == NOT_FOUND ? null : v;
            }
        }
        Object found = null;
        for (PythonClass c : mro) {
            Object v = c.getOwnAttribute(key);
            if (v != null) {
                found = v;
                break;
            }
        }
        if (cache == null) {
            cache = new HashMap<>();
            lookupCache = cache;
        }
        cache.put(key, found == null ? NOT_FOUND : found);
        return found;
    }

    private static final Object NOT_FOUND = new Object();

    /** Drops the lookups this class and its subclasses keep (see {@link #lookup}). */
    private void dropLookupCaches() {
        lookupCache = null;
        for (PythonClass sub : getSubclasses()) {
            sub.dropLookupCaches();
        }
    }

    /** The class in the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PythonClass lookupOwner(Object key) {
        for (PythonClass c : mro) {
            if (c.getOwnAttribute(key) != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        CompilerDirectives.transferToInterpreter();
        return "<class '" + name + "'>";
    }
}
