package dev.taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

/** posix._path_normpath, which 3.12 posixpath uses as normpath: collapse separators, "." and "..", "." for an empty result. */
final class PathNormalizer {
    private PathNormalizer() {
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        // POSIX allows one implementation-defined meaning for exactly two leading slashes
        if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> parts = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && parts.isEmpty()) || (!parts.isEmpty() && parts.get(parts.size() - 1).equals(".."))) {
                parts.add(comp);
            } else if (!parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            }
        }
        String joined = String.join("/", parts);
        String result = "/".repeat(initialSlashes) + joined;
        return result.isEmpty() ? "." : result;
    }
}
