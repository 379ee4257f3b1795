package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.sre.PPattern;
import dev.taipan.runtime.sre.PTemplate;
import dev.taipan.runtime.sre.SreCharacters;
import dev.taipan.runtime.sre.SreConstants;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _sre}: the regular expression engine under the pure-Python {@code re} package. */
public final class SreModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_sre";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(SreModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("MAGIC", (long) SreConstants.MAGIC);
        m.setAttribute("CODESIZE", (long) SreConstants.CODESIZE);
        m.setAttribute("MAXREPEAT", SreConstants.MAXREPEAT);
        m.setAttribute("MAXGROUPS", SreConstants.MAXGROUPS);
        m.setAttribute("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    }

    private static int character(Object ch) {
        long c = PyNumberConvert.asSize(ch, BuiltinType.OVERFLOW_ERROR);
        return (int) Math.max(-1, Math.min(c, Integer.MAX_VALUE));
    }

    @Builtin(name = "compile", params = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCompile(Object[] params) {
            Object pattern = params[0];
            int flags = (int) PyNumberConvert.asSize(params[1], BuiltinType.OVERFLOW_ERROR);
            if (!(params[2] instanceof PList)) {
                throw PythonErrors.typeError("compile() argument 'code' must be list, not %s", PyObjectGetClass.typeName(params[2]));
            }
            Object[] words = SequenceOps.toArray(params[2]);
            int[] code = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                Object w = PyNumberConvert.index(words[i]);
                long v = w instanceof Long l ? l : -1;
                if (v < 0 || v > 0xFFFFFFFFL) {
                    throw PythonErrors.overflowError("regular expression code size limit exceeded");
                }
                code[i] = (int) v;
            }
            int groups = (int) PyNumberConvert.asSize(params[3], BuiltinType.OVERFLOW_ERROR);
            PDict groupindex = params[4] instanceof PDict d ? d : null;
            PTuple indexgroup = params[5] instanceof PTuple t ? t : null;
            int isBytes;
            if (pattern == PNone.NONE) {
                isBytes = -1;
            } else if (pattern instanceof String || PPrimitiveObject.strValue(pattern) != null) {
                isBytes = 0;
            } else if (BytesLike.check(pattern)) {
                isBytes = 1;
            } else {
                throw PythonErrors.typeError("expected string or bytes-like object, got '%s'", PyObjectGetClass.typeName(pattern));
            }
            PDict gi = null;
            if (groupindex != null && groupindex.size() > 0) {
                gi = new PDict();
                var s = groupindex.storage();
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    gi.setItem(s.keyAt(i), s.valueAt(i));
                }
            }
            return new PPattern(pattern, flags, code, groups, gi, indexgroup != null && indexgroup.size() > 0 ? indexgroup : null, isBytes);
        }
    }

    /** Taipan's lib-python (GraalPy's) wraps re._compiler.compile through this hook: keep it as is. */
    @Builtin(name = "setup", params = {"compile", "error", "flags"})
    @GenerateNodeFactory
    public abstract static class SetupNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetup(Object compile, Object error, Object flags) {
            return compile;
        }
    }

    @Builtin(name = "template", params = {"pattern", "template"})
    @GenerateNodeFactory
    public abstract static class TemplateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTemplate(Object pattern, Object template) {
            if (!(template instanceof PList list)) {
                throw PythonErrors.typeError("template() argument 2 must be list, not %s", PyObjectGetClass.typeName(template));
            }
            Object[] items = list.toArray();
            if (items.length % 2 == 0) {
                throw PythonErrors.typeError("invalid template");
            }
            int n = items.length / 2;
            int[] indexes = new int[n];
            Object[] literals = new Object[n];
            for (int i = 0; i < n; i++) {
                Object idx = items[2 * i + 1];
                if (!(idx instanceof Long) && PPrimitiveObject.intValue(idx) == null && !(idx instanceof java.math.BigInteger)) {
                    throw PythonErrors.typeError("invalid template");
                }
                long index = PyNumberConvert.asSize(idx, BuiltinType.OVERFLOW_ERROR);
                if (index < 0 || index > Integer.MAX_VALUE) {
                    throw PythonErrors.typeError("invalid template");
                }
                indexes[i] = (int) index;
                literals[i] = nonEmpty(items[2 * i + 2]);
            }
            return new PTemplate(nonEmpty(items[0]), indexes, literals);
        }

        private static Object nonEmpty(Object literal) {
            if ("".equals(literal) || (literal instanceof PBytes b && b.size() == 0)) {
                return null;
            }
            return literal;
        }
    }

    @Builtin(name = "getcodesize", params = {})
    @GenerateNodeFactory
    public abstract static class GetCodeSizeNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return (long) SreConstants.CODESIZE;
        }
    }

    @Builtin(name = "ascii_iscased", params = {"character"})
    @GenerateNodeFactory
    public abstract static class AsciiIsCasedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object ch) {
            return SreCharacters.asciiIsCased(character(ch));
        }
    }

    @Builtin(name = "unicode_iscased", params = {"character"})
    @GenerateNodeFactory
    public abstract static class UnicodeIsCasedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object ch) {
            int c = character(ch);
            return c >= 0 && c <= Character.MAX_CODE_POINT && SreCharacters.unicodeIsCased(c);
        }
    }

    @Builtin(name = "ascii_tolower", params = {"character"})
    @GenerateNodeFactory
    public abstract static class AsciiToLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object ch) {
            return (long) SreCharacters.asciiToLower(character(ch));
        }
    }

    @Builtin(name = "unicode_tolower", params = {"character"})
    @GenerateNodeFactory
    public abstract static class UnicodeToLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object ch) {
            int c = character(ch);
            if (c < 0 || c > Character.MAX_CODE_POINT) {
                return (long) c;
            }
            return (long) SreCharacters.lowerUnicode(c);
        }
    }
}
