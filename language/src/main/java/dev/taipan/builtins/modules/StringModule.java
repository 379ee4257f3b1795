package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.format.FormatFieldName;
import dev.taipan.runtime.format.PFieldNameIterator;
import dev.taipan.runtime.format.PFormatterIterator;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;

/** {@code _string}: the format-string parser behind string.Formatter, shared with str.format. */
public final class StringModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_string";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(StringModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__doc__", "string helper module");
    }

    private static String text(Object o) {
        String s = StrBuiltins.asString(o);
        if (s == null) {
            throw PythonErrors.typeError("expected str, got %s", PyObjectGetClass.typeName(o));
        }
        return s;
    }

    @Builtin(name = "formatter_parser", params = {"format_string"})
    @GenerateNodeFactory
    public abstract static class FormatterParserNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object s) {
            return new PFormatterIterator(text(s));
        }
    }

    @Builtin(name = "formatter_field_name_split", params = {"field_name"})
    @GenerateNodeFactory
    public abstract static class FieldNameSplitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object s) {
            FormatFieldName name = new FormatFieldName(text(s));
            Object first = name.firstIndex() >= 0 ? (Object) name.firstIndex() : name.first();
            return new PTuple(new Object[]{first, new PFieldNameIterator(name)});
        }
    }
}
