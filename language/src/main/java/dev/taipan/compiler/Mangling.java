package dev.taipan.compiler;

/**
 * Private name mangling: inside a class {@code Foo}, {@code __spam} (not ending in two
 * underscores) means {@code _Foo__spam}.
 */
final class Mangling {
    private Mangling() {
    }

    static String mangle(Scope scope, String name) {
        return mangle(scope.privateName, name);
    }

    static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }
}
