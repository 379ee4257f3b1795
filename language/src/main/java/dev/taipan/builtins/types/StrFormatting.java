package dev.taipan.builtins.types;

import static dev.taipan.builtins.types.StrBuiltins.asString;
import static dev.taipan.builtins.types.StrBuiltins.value;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.format.FormatSpec;
import dev.taipan.runtime.format.FormatString;
import dev.taipan.runtime.format.PercentFormat;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.strings.StringOps;

/** Formatting with str: {@code format}, {@code format_map}, {@code __format__} and {@code %}. */
public final class StrFormatting {
    private StrFormatting() {
    }

    @Builtin(name = "format", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormat(Object self, Object args, Object kwargs) {
            return FormatString.format(value(self, "format"), FormatString.of(((PTuple) args).items(), kwargs));
        }
    }

    @Builtin(name = "format_map", params = {"self", "mapping"})
    @GenerateNodeFactory
    public abstract static class FormatMapNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormatMap(Object self, Object mapping) {
            String s = value(self, "format_map");
            return FormatString.format(s, new FormatString.Arguments() {
                @Override
                public Object positional(int index) {
                    throw PythonErrors.valueError("Format string contains positional fields");
                }

                @Override
                public Object named(String name) {
                    return dev.taipan.runtime.abstractops.PyObjectItems.getItem(mapping, name);
                }
            });
        }
    }

    /** {@code format(s, spec)}: fill, alignment, width and precision (truncation). */
    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class DunderFormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormat(Object self, Object formatSpec) {
            String s = value(self, "__format__");
            String specText = asString(formatSpec);
            if (specText == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", PyObjectGetClass.typeName(formatSpec));
            }
            if (specText.isEmpty()) {
                // a subclass formats as its str(), which it may override (StrEnum does)
                return self instanceof String ? s : PyObjectStr.str(self);
            }
            FormatSpec spec = FormatSpec.parse(specText, "str", '<', 's');
            if (spec.type() != 's') {
                throw FormatSpec.unknownCode(spec.type(), "str");
            }
            if (spec.sign() != 0) {
                throw PythonErrors.valueError("Sign not allowed in string format specifier");
            }
            if (spec.noNegativeZero()) {
                throw PythonErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
            }
            if (spec.alternate()) {
                throw PythonErrors.valueError("Alternate form (#) not allowed in string format specifier");
            }
            if (spec.align() == '=') {
                throw PythonErrors.valueError("'=' alignment not allowed in string format specifier");
            }
            if (spec.precision() >= 0 && spec.precision() < StringOps.codePointLength(s)) {
                s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
            }
            return spec.pad(s, '<');
        }
    }

    @Builtin(name = "__mod__", params = {"self", "values"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMod(Object self, Object values) {
            return PercentFormat.format(value(self, "__mod__"), values);
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMod(Object self, Object other) {
            return PNotImplemented.INSTANCE;
        }
    }
}
