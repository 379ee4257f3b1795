package dev.taipan.runtime.dict;

/**
 * A property key for VM-internal data kept in an object's shape (e.g. slot values, exception
 * fields); never visible through {@code __dict__}. Compared by identity.
 */
public final class HiddenKey {
    private final String name;

    public HiddenKey(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "<hidden " + name + ">";
    }
}
