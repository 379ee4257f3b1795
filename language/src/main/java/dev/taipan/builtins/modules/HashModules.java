package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinAnnotations;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.types.HashBuiltins;
import dev.taipan.runtime.hash.HashEngine;
import dev.taipan.runtime.hash.JdkDigest;
import dev.taipan.runtime.hash.Keccak;
import dev.taipan.runtime.hash.PHash;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The fixed-output hash modules hashlib falls back to without OpenSSL: {@code _md5},
 * {@code _sha1}, {@code _sha2} and {@code _sha3}. Each constructor takes optional initial data.
 */
public final class HashModules implements BuiltinRegistry.ModuleDefinition {
    private final String name;
    private final List<String> functions;

    private HashModules(String name, List<String> functions) {
        this.name = name;
        this.functions = functions;
    }

    public static HashModules md5() {
        return new HashModules("_md5", List.of("md5"));
    }

    public static HashModules sha1() {
        return new HashModules("_sha1", List.of("sha1"));
    }

    public static HashModules sha2() {
        return new HashModules("_sha2", List.of("sha224", "sha256", "sha384", "sha512"));
    }

    public static HashModules sha3() {
        return new HashModules("_sha3", List.of("sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(() -> HashModulesFactory.getFactories().stream().filter(f -> functions.contains(BuiltinAnnotations.of(f.getNodeClass()).name())).toList());
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        if (name.equals("_sha3")) {
            m.setAttribute("keccakopt", 64L);
            m.setAttribute("implementation", "tiny_sha3");
        }
    }

    /** The Python type of a hash object made by {@code function}. */
    static BuiltinType typeOf(String function) {
        return switch (function) {
            case "md5" -> BuiltinType.MD5_HASH;
            case "sha1" -> BuiltinType.SHA1_HASH;
            case "sha224" -> BuiltinType.SHA224_HASH;
            case "sha256" -> BuiltinType.SHA256_HASH;
            case "sha384" -> BuiltinType.SHA384_HASH;
            case "sha512" -> BuiltinType.SHA512_HASH;
            case "sha3_224" -> BuiltinType.SHA3_224_HASH;
            case "sha3_256" -> BuiltinType.SHA3_256_HASH;
            case "sha3_384" -> BuiltinType.SHA3_384_HASH;
            case "sha3_512" -> BuiltinType.SHA3_512_HASH;
            case "shake_128" -> BuiltinType.SHAKE_128_HASH;
            default -> BuiltinType.SHAKE_256_HASH;
        };
    }

    @TruffleBoundary
    static Object create(String function, Object data) {
        HashEngine engine = function.startsWith("sha3_") || function.startsWith("shake_") ? Keccak.create(function) : JdkDigest.create(function);
        if (data != PNone.NO_VALUE) {
            engine.update(HashBuiltins.data(data));
        }
        return new PHash(engine, typeOf(function));
    }

    @Builtin(name = "md5", params = {"string"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Md5Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("md5", data);
        }
    }

    @Builtin(name = "sha1", params = {"string"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha1", data);
        }
    }

    @Builtin(name = "sha224", params = {"string"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha224Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha224", data);
        }
    }

    @Builtin(name = "sha256", params = {"string"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha256Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha256", data);
        }
    }

    @Builtin(name = "sha384", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha384Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha384", data);
        }
    }

    @Builtin(name = "sha512", params = {"string"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha512Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha512", data);
        }
    }

    @Builtin(name = "sha3_224", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha3224Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha3_224", data);
        }
    }

    @Builtin(name = "sha3_256", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha3256Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha3_256", data);
        }
    }

    @Builtin(name = "sha3_384", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha3384Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha3_384", data);
        }
    }

    @Builtin(name = "sha3_512", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Sha3512Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("sha3_512", data);
        }
    }

    @Builtin(name = "shake_128", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Shake128Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("shake_128", data);
        }
    }

    @Builtin(name = "shake_256", params = {"data"}, kwOnly = {"usedforsecurity"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class Shake256Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, @SuppressWarnings("unused") Object usedForSecurity) {
            return create("shake_256", data);
        }
    }
}
