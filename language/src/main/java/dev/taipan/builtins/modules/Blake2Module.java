package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.builtins.types.HashBuiltins;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.hash.Blake2Params;
import dev.taipan.runtime.hash.Blake2b;
import dev.taipan.runtime.hash.Blake2s;
import dev.taipan.runtime.hash.HashEngine;
import dev.taipan.runtime.hash.PHash;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _blake2}: BLAKE2b and BLAKE2s with keys, salts, personalization and tree parameters. */
public final class Blake2Module implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_blake2";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(Blake2ModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("BLAKE2B_SALT_SIZE", 16L);
        m.setAttribute("BLAKE2B_PERSON_SIZE", 16L);
        m.setAttribute("BLAKE2B_MAX_KEY_SIZE", 64L);
        m.setAttribute("BLAKE2B_MAX_DIGEST_SIZE", 64L);
        m.setAttribute("BLAKE2S_SALT_SIZE", 8L);
        m.setAttribute("BLAKE2S_PERSON_SIZE", 8L);
        m.setAttribute("BLAKE2S_MAX_KEY_SIZE", 32L);
        m.setAttribute("BLAKE2S_MAX_DIGEST_SIZE", 32L);
    }

    private static long integer(Object o, long dflt) {
        return o == PNone.NO_VALUE ? dflt : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    private static byte[] buffer(Object o) {
        return o == PNone.NO_VALUE ? new byte[0] : BytesLike.require(o);
    }

    /** Checks the keyword arguments like CPython and builds the engine. */
    @TruffleBoundary
    static Object create(Object[] p, boolean big) {
        int maxDigest = big ? 64 : 32;
        int maxSalt = big ? 16 : 8;
        long digestSize = integer(p[1], maxDigest);
        if (digestSize < 1 || digestSize > maxDigest) {
            throw PythonErrors.valueError("digest_size must be between 1 and %d bytes", maxDigest);
        }
        byte[] key = buffer(p[2]);
        byte[] salt = buffer(p[3]);
        byte[] person = buffer(p[4]);
        if (salt.length > maxSalt) {
            throw PythonErrors.valueError("maximum salt length is %d bytes", maxSalt);
        }
        if (person.length > maxSalt) {
            throw PythonErrors.valueError("maximum person length is %d bytes", maxSalt);
        }
        long fanout = integer(p[5], 1);
        if (fanout < 0 || fanout > 255) {
            throw PythonErrors.valueError("fanout must be between 0 and 255");
        }
        long depth = integer(p[6], 1);
        if (depth <= 0 || depth > 255) {
            throw PythonErrors.valueError("depth must be between 1 and 255");
        }
        long leafSize = integer(p[7], 0);
        if (leafSize < 0) {
            throw PythonErrors.overflowError("can't convert negative int to unsigned");
        }
        if (leafSize > 0xFFFFFFFFL) {
            throw PythonErrors.overflowError("leaf_size is too large");
        }
        long nodeOffset = integer(p[8], 0);
        if (nodeOffset < 0) {
            throw PythonErrors.overflowError("can't convert negative int to unsigned");
        }
        if (!big && nodeOffset > 0xFFFFFFFFFFFFL) {
            throw PythonErrors.overflowError("node_offset is too large");
        }
        long nodeDepth = integer(p[9], 0);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PythonErrors.valueError("node_depth must be between 0 and 255");
        }
        long innerSize = integer(p[10], 0);
        if (innerSize < 0 || innerSize > maxDigest) {
            throw PythonErrors.valueError("inner_size must be between 0 and is %d", maxDigest);
        }
        if (key.length > maxDigest) {
            throw PythonErrors.valueError("maximum key length is %d bytes", maxDigest);
        }
        boolean lastNode = p[11] != PNone.NO_VALUE && PyObjectIsTrue.execute(p[11]);
        Blake2Params params = new Blake2Params((int) digestSize, key, salt, person, (int) fanout, (int) depth, leafSize, nodeOffset, (int) nodeDepth, (int) innerSize, lastNode);
        HashEngine engine = big ? Blake2b.create(params) : Blake2s.create(params);
        if (p[0] != PNone.NO_VALUE) {
            engine.update(HashBuiltins.data(p[0]));
        }
        return new PHash(engine, big ? BuiltinType.BLAKE2B_HASH : BuiltinType.BLAKE2S_HASH);
    }

    @Builtin(name = "blake2b", params = {"data"}, posOnly = 1, required = 0, kwOnly = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                    "node_depth", "inner_size", "last_node", "usedforsecurity"})
    @GenerateNodeFactory
    public abstract static class Blake2bNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(Object[] params) {
            return create(params, true);
        }
    }

    @Builtin(name = "blake2s", params = {"data"}, posOnly = 1, required = 0, kwOnly = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                    "node_depth", "inner_size", "last_node", "usedforsecurity"})
    @GenerateNodeFactory
    public abstract static class Blake2sNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(Object[] params) {
            return create(params, false);
        }
    }
}
