package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.dict.AttributesStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Name resolution for the name instructions: globals and builtins come from the running
 * function (frame argument 0); module and class bodies have a locals mapping in argument 1
 * (null when the locals are the module globals).
 */
final class Names {
    private Names() {
    }

    static PFunction function(VirtualFrame frame) {
        return (PFunction) frame.getArguments()[PArguments.CALLEE];
    }

    static PFunction function(Object[] args) {
        return (PFunction) args[PArguments.CALLEE];
    }

    /** The separate locals mapping of a class body / exec(), or null. */
    static Object localsMapping(Object[] args) {
        Object special = args[PArguments.SPECIAL];
        return special instanceof PGenerator ? null : special;
    }

    static boolean hasModuleGlobals(VirtualFrame frame) {
        return function(frame).getGlobals().storage() instanceof AttributesStorage;
    }

    static boolean localsAreModuleGlobals(VirtualFrame frame) {
        return frame.getArguments()[PArguments.SPECIAL] == null && hasModuleGlobals(frame);
    }

    static DynamicObject globalsOwner(VirtualFrame frame) {
        return ((AttributesStorage) function(frame).getGlobals().storage()).owner();
    }

    static Object loadBuiltin(VirtualFrame frame, String name, DynamicObjectLibrary lib) {
        PDict builtins = function(frame).getBuiltins();
        Object v;
        if (builtins.storage() instanceof AttributesStorage as) {
            v = lib.getOrDefault(as.owner(), name, null);
            if (v == null) {
                // a key that is not a str but equals the name (set through builtins.__dict__)
                v = getString(builtins, name);
            }
        } else {
            v = getString(builtins, name);
        }
        if (v == null) {
            v = dev.taipan.runtime.LazyBuiltins.resolve(builtins, name);
        }
        if (v == null) {
            throw NameErrors.notDefined(name);
        }
        return v;
    }

    @TruffleBoundary
    private static Object getString(PDict d, String name) {
        return d.getString(name);
    }

    @TruffleBoundary
    static Object loadGlobalGeneric(Object[] args, String name) {
        PFunction fn = function(args);
        Object v = fn.getGlobals().getString(name);
        if (v == null) {
            v = fn.getBuiltins().getString(name);
        }
        if (v == null) {
            v = dev.taipan.runtime.LazyBuiltins.resolve(fn.getBuiltins(), name);
        }
        if (v == null) {
            throw NameErrors.notDefined(name);
        }
        return v;
    }

    @TruffleBoundary
    static void storeGlobalGeneric(Object[] args, String name, Object value) {
        function(args).getGlobals().setString(name, value);
    }

    @TruffleBoundary
    static void deleteGlobal(Object[] args, String name) {
        if (function(args).getGlobals().removeItem(name) == null) {
            throw NameErrors.notDefined(name);
        }
    }

    /** Looks a name up in a locals mapping; null if absent (a KeyError from a custom mapping counts as absent). */
    @TruffleBoundary
    private static Object lookupMapping(Object mapping, String name) {
        if (mapping instanceof PDict d && d.getExplicitClass() == null) {
            return d.getString(name);
        }
        try {
            return PyObjectItems.getItem(mapping, name);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static Object loadNameGeneric(Object[] args, String name) {
        Object mapping = localsMapping(args);
        if (mapping != null) {
            Object v = lookupMapping(mapping, name);
            if (v != null) {
                return v;
            }
        }
        return loadGlobalGeneric(args, name);
    }

    @TruffleBoundary
    static void storeNameGeneric(Object[] args, String name, Object value) {
        Object mapping = localsMapping(args);
        if (mapping == null) {
            function(args).getGlobals().setString(name, value);
        } else if (mapping instanceof PDict d && d.getExplicitClass() == null) {
            d.setString(name, value);
        } else {
            PyObjectItems.setItem(mapping, name, value);
        }
    }

    @TruffleBoundary
    static void deleteName(Object[] args, String name) {
        Object mapping = localsMapping(args);
        if (mapping == null) {
            mapping = function(args).getGlobals();
        }
        if (mapping instanceof PDict d && d.getExplicitClass() == null) {
            if (d.removeItem(name) == null) {
                throw NameErrors.notDefined(name);
            }
            return;
        }
        try {
            PyObjectItems.delItem(mapping, name);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.KEY_ERROR)) {
                throw NameErrors.notDefined(name);
            }
            throw e;
        }
    }

    @TruffleBoundary
    static Object loadClassDeref(Object[] args, String name, PCell cell) {
        Object mapping = localsMapping(args);
        if (mapping != null) {
            Object v = lookupMapping(mapping, name);
            if (v != null) {
                return v;
            }
        }
        Object v = cell.getRef();
        if (v == null) {
            throw NameErrors.unboundFree(name);
        }
        return v;
    }

    static PCell closureCell(VirtualFrame frame, int index) {
        return function(frame).getClosure()[index];
    }

    @TruffleBoundary
    static void setupAnnotations(Object[] args) {
        Object mapping = localsMapping(args);
        if (mapping == null) {
            mapping = function(args).getGlobals();
        }
        if (lookupMapping(mapping, "__annotations__") == null) {
            if (mapping instanceof PDict d) {
                d.setString("__annotations__", new PDict());
            } else {
                PyObjectItems.setItem(mapping, "__annotations__", new PDict());
            }
        }
    }

    static Object localsMapping(VirtualFrame frame) {
        Object mapping = localsMapping(frame.getArguments());
        return mapping != null ? mapping : function(frame).getGlobals();
    }
}
