package dev.taipan.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.runtime.imports.Importer;

/** The import instructions. */
final class Imports {
    private Imports() {
    }

    static Object importName(VirtualFrame frame, String name, String[] fromlist, int level) {
        return Importer.importName(Names.function(frame).getGlobals(), name, fromlist, level);
    }

    static Object importFrom(Object module, String name) {
        return Importer.importFrom(module, name);
    }

    static void importStar(VirtualFrame frame, Object module) {
        Importer.importStar(module, Names.localsMapping(frame));
    }
}
