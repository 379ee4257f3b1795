package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.codecs.CodecRegistry;
import dev.taipan.runtime.codecs.PartialInput;
import dev.taipan.runtime.codecs.StandardCodecs;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * {@code _codecs}: the codec registry (search functions, CodecInfo cache, error handlers) and the
 * codec functions the encodings package wraps (utf_8_decode, latin_1_encode, charmap_decode...),
 * over the VM's own codecs in runtime/codecs.
 */
public final class CodecsModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_codecs";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(CodecsModuleFactory::getFactories, CodecFunctionsFactory::getFactories, CharmapCodecsFactory::getFactories);
    }

    static CodecRegistry registry() {
        return TaipanContext.get(null).getCodecRegistry();
    }

    static String str(Object o, String function, int argument) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("%s() argument %d must be str, not %s", function, argument, PyObjectGetClass.typeName(o));
    }

    static String errors(Object errors) {
        return errors == PNone.NO_VALUE || errors == PNone.NONE ? "strict" : (String) errors;
    }

    @Builtin(name = "register", params = {"search_function"})
    @GenerateNodeFactory
    public abstract static class RegisterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object search) {
            registry().register(search);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister", params = {"search_function"})
    @GenerateNodeFactory
    public abstract static class UnregisterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object search) {
            registry().unregister(search);
            return PNone.NONE;
        }
    }

    @Builtin(name = "lookup", params = {"encoding"})
    @GenerateNodeFactory
    public abstract static class LookupNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object encoding) {
            return registry().lookup(str(encoding, "lookup", 1));
        }
    }

    @Builtin(name = "_forget_codec", params = {"encoding"})
    @GenerateNodeFactory
    public abstract static class ForgetNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object encoding) {
            registry().forget(str(encoding, "_forget_codec", 1));
            return PNone.NONE;
        }
    }

    /** codecs.encode/decode: the VM's own codecs for str/bytes directly, else the registry's CodecInfo. */
    @TruffleBoundary
    static Object transcode(Object obj, Object encodingObj, Object errorsObj, boolean encode) {
        String encoding = encodingObj == PNone.NO_VALUE ? "utf-8" : str(encodingObj, encode ? "encode" : "decode", 2);
        String errors = errorsObj == PNone.NO_VALUE ? "strict" : str(errorsObj, encode ? "encode" : "decode", 3);
        CodecNames own = CodecNames.lookup(encoding);
        if (own != null && encode && obj instanceof String s) {
            return new PBytes(StandardCodecs.encode(s, own, errors));
        }
        if (own != null && !encode && BytesLike.check(obj)) {
            return StandardCodecs.decode(BytesLike.require(obj), own, errors);
        }
        PTuple info = (PTuple) registry().lookup(encoding);
        Object r = CallDispatch.call(info.get(encode ? 0 : 1), obj, errors);
        if (!(r instanceof PTuple t) || t.size() != 2) {
            throw PythonErrors.typeError("%s must return a tuple (object, integer)", encode ? "encoder" : "decoder");
        }
        return t.get(0);
    }

    @Builtin(name = "encode", params = {"obj", "encoding", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object obj, Object encoding, Object errors) {
            return transcode(obj, encoding, errors, true);
        }
    }

    @Builtin(name = "decode", params = {"obj", "encoding", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object obj, Object encoding, Object errors) {
            return transcode(obj, encoding, errors, false);
        }
    }

    // ---------------------------------------------------------------- error handlers

    @Builtin(name = "register_error", params = {"errors", "handler"})
    @GenerateNodeFactory
    public abstract static class RegisterErrorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object name, Object handler) {
            registry().registerError(str(name, "register_error", 1), handler);
            return PNone.NONE;
        }
    }

    @Builtin(name = "lookup_error", params = {"name"})
    @GenerateNodeFactory
    public abstract static class LookupErrorNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object nameObj) {
            String name = str(nameObj, "lookup_error", 1);
            Object h = registry().registeredError(name);
            if (h != null) {
                return h;
            }
            String builtin = switch (name) {
                case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace" -> name + "_errors";
                case "surrogateescape", "surrogatepass" -> name;
                default -> throw PythonErrors.raise(dev.taipan.runtime.types.BuiltinType.LOOKUP_ERROR, "unknown error handler name '%s'", name);
            };
            return GenericAttributes.getAttribute(dev.taipan.runtime.imports.Importer.importModule("_codecs"), builtin);
        }
    }

    /** The builtin handlers as Python callables: (replacement, resume position) for a UnicodeError. */
    abstract static class ErrorHandlerNode extends PythonUnaryBuiltinNode {
        String kind() {
            throw new IllegalStateException("each handler names its kind");
        }

        @Specialization
        @TruffleBoundary
        Object doHandle(Object exc) {
            if (!(exc instanceof dev.taipan.runtime.exceptions.PBaseException e)) {
                throw PythonErrors.typeError("don't know how to handle %s in error callback", PyObjectGetClass.typeName(exc));
            }
            if (kind().equals("strict")) {
                throw PythonErrors.raise(e);
            }
            boolean decoding = PyObjectGetClass.get(e).isSubtypeOfBuiltin(dev.taipan.runtime.types.BuiltinType.UNICODE_DECODE_ERROR);
            long start = (Long) GenericAttributes.getAttribute(e, "start");
            long end = (Long) GenericAttributes.getAttribute(e, "end");
            Object object = GenericAttributes.getAttribute(e, "object");
            StringBuilder out = new StringBuilder();
            switch (kind()) {
                case "ignore" -> {
                }
                case "replace" -> {
                    for (long i = start; i < end; i++) {
                        out.append(decoding ? "\ufffd" : "?");
                    }
                }
                case "backslashreplace", "namereplace" -> {
                    if (decoding) {
                        byte[] b = BytesLike.require(object);
                        for (long i = start; i < end; i++) {
                            out.append(String.format("\\x%02x", b[(int) i] & 0xff));
                        }
                    } else {
                        String s = (String) object;
                        for (long i = start; i < end; i++) {
                            int cp = s.codePointAt(s.offsetByCodePoints(0, (int) i));
                            out.append(cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                        }
                    }
                }
                case "xmlcharrefreplace" -> {
                    if (decoding) {
                        throw PythonErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                    }
                    String s = (String) object;
                    for (long i = start; i < end; i++) {
                        out.append("&#").append(s.codePointAt(s.offsetByCodePoints(0, (int) i))).append(';');
                    }
                }
                default -> throw PythonErrors.raise(e);
            }
            return PTuple.of(out.toString(), end);
        }
    }

    @Builtin(name = "strict_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class StrictErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "strict";
        }
    }

    @Builtin(name = "ignore_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class IgnoreErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "ignore";
        }
    }

    @Builtin(name = "replace_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class ReplaceErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "replace";
        }
    }

    @Builtin(name = "backslashreplace_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class BackslashReplaceErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "backslashreplace";
        }
    }

    @Builtin(name = "namereplace_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class NameReplaceErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "namereplace";
        }
    }

    @Builtin(name = "xmlcharrefreplace_errors", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class XmlCharRefReplaceErrorsNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "xmlcharrefreplace";
        }
    }

    /** surrogateescape/surrogatepass as callables: the codecs apply them internally; called directly, they re-raise. */
    @Builtin(name = "surrogateescape", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class SurrogateEscapeNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "surrogateescape";
        }
    }

    @Builtin(name = "surrogatepass", params = {"exc"})
    @GenerateNodeFactory
    public abstract static class SurrogatePassNode extends ErrorHandlerNode {
        @Override
        String kind() {
            return "surrogatepass";
        }
    }

    static boolean isTrue(Object o) {
        return o != PNone.NO_VALUE && PyObjectIsTrue.execute(o);
    }
}
