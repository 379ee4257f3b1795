package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.xml.SaxDocument;

/** {@code _taipan_expat}: the Java half of Taipan's pyexpat (see runtime/xml/SaxDocument). */
public final class TaipanExpatModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_taipan_expat";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(TaipanExpatModuleFactory::getFactories);
    }

    /** parse(document: bytes or str, namespace_separator or None, parser) */
    @Builtin(name = "parse", params = {"document", "separator", "parser"})
    @GenerateNodeFactory
    public abstract static class ParseNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doParse(Object document, Object separator, Object parser) {
            String sep = separator == PNone.NONE ? null : (String) separator;
            if (document instanceof String s) {
                SaxDocument.parse(null, s, sep, parser);
            } else {
                SaxDocument.parse(BytesLike.require(document), null, sep, parser);
            }
            return PNone.NONE;
        }
    }
}
