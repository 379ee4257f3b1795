package dev.taipan.runtime.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;

/**
 * The runtime side of PEP 695 syntax (CPython's INTRINSIC_TYPEVAR, INTRINSIC_SUBSCRIPT_GENERIC,
 * INTRINSIC_TYPEALIAS, ...): the compiler emits calls to the {@code _make_*} helpers of the
 * {@code _typing} module, which creates TypeVar, ParamSpec, TypeVarTuple and TypeAliasType.
 * Only definitions of generic functions, classes and aliases come here, never a hot loop.
 */
public final class TypingIntrinsics {
    private TypingIntrinsics() {
    }

    @TruffleBoundary
    public static Object call(String helper, Object[] args) {
        Object module = Importer.importModule("_typing");
        return CallDispatch.call(GenericAttributes.getAttribute(module, helper), args);
    }
}
