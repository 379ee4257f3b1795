package dev.taipan.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Writes {@code dev.taipan.builtins.BuiltinAnnotations}: the values of every {@code @Builtin}
 * annotation in the language, as code that builds a {@code BuiltinValues} record per node class.
 *
 * Reading the annotations reflectively made the JVM parse each class's annotation bytes and
 * build a proxy: 14-28 ms of every start-up (195 builtins), 47 ms in a program using a dozen
 * stdlib modules. The generated lookup is a string switch on the outermost class's name, then
 * one method per outermost class switching on the node class's name (one method for all would
 * pass the JVM's 64 KB limit). The table is complete only when the whole language module is
 * compiled in one javac run, as Maven does whenever a source changes; a builtin missing from it
 * fails loudly ("builtin node without @Builtin") when its module or type is installed.
 */
@SupportedAnnotationTypes(BuiltinValuesProcessor.BUILTIN)
public final class BuiltinValuesProcessor extends AbstractProcessor {
    static final String BUILTIN = "dev.taipan.builtins.Builtin";
    private static final String VALUES = "dev.taipan.builtins.BuiltinValues";
    private static final String OUTPUT = "dev.taipan.builtins.BuiltinAnnotations";

    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement builtin = processingEnv.getElementUtils().getTypeElement(BUILTIN);
        if (written || builtin == null || annotations.isEmpty()) {
            return false;
        }
        written = true;   // every @Builtin class is hand-written, so all of them come in the first round
        Elements elements = processingEnv.getElementUtils();
        List<String> order = componentOrder(elements);
        if (order == null) {
            return false;
        }
        Set<? extends Element> annotated = round.getElementsAnnotatedWith(builtin);
        // outermost class -> (node class binary name -> constructor arguments)
        Map<String, Map<String, String>> byOuter = new TreeMap<>();
        for (TypeElement type : ElementFilter.typesIn(annotated)) {
            AnnotationMirror mirror = mirrorOf(type, builtin);
            String binary = elements.getBinaryName(type).toString();
            byOuter.computeIfAbsent(outermost(type), k -> new TreeMap<>()).put(binary, arguments(mirror, order, elements));
        }
        try {
            write(byOuter, annotated.toArray(new Element[0]));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + OUTPUT + ": " + e);
        }
        return false;
    }

    /** The record's components in declaration order: the order of the generated arguments. */
    private List<String> componentOrder(Elements elements) {
        TypeElement values = elements.getTypeElement(VALUES);
        if (values == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "no record " + VALUES + " to build @Builtin values with");
            return null;
        }
        List<String> order = new ArrayList<>();
        for (RecordComponentElement c : values.getRecordComponents()) {
            order.add(c.getSimpleName().toString());
        }
        return order;
    }

    private static AnnotationMirror mirrorOf(TypeElement type, TypeElement annotation) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().equals(annotation)) {
                return m;
            }
        }
        throw new IllegalStateException(type + " has no @Builtin");
    }

    private static String outermost(TypeElement type) {
        Element e = type;
        while (!(e.getEnclosingElement() instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return ((TypeElement) e).getQualifiedName().toString();
    }

    /** The annotation's values (defaults included) as Java expressions, in the record's order. */
    private String arguments(AnnotationMirror mirror, List<String> order, Elements elements) {
        Map<String, Object> byName = new TreeMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            byName.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
        }
        List<String> args = new ArrayList<>();
        for (String name : order) {
            if (!byName.containsKey(name)) {
                throw new IllegalStateException("@Builtin has no element " + name + " for " + VALUES);
            }
            args.add(literal(byName.get(name), elements));
        }
        return String.join(", ", args);
    }

    private static String literal(Object value, Elements elements) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "NONE";
            }
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(literal(((AnnotationValue) item).getValue(), elements));
            }
            return "new String[]{" + String.join(", ", items) + "}";
        }
        return elements.getConstantExpression(value);
    }

    private void write(Map<String, Map<String, String>> byOuter, Element[] origins) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("package dev.taipan.builtins;\n\n");
        s.append("/** The values of every @Builtin annotation, written by dev.taipan.processor.BuiltinValuesProcessor. */\n");
        s.append("public final class BuiltinAnnotations {\n");
        s.append("    private static final String[] NONE = {};\n\n");
        s.append("    private BuiltinAnnotations() {\n    }\n\n");
        s.append("    /** The @Builtin of {@code nodeClass}, or null when it has none. */\n");
        s.append("    public static Builtin of(Class<?> nodeClass) {\n");
        s.append("        String n = nodeClass.getName();\n");
        s.append("        int nested = n.indexOf('$');\n");
        s.append("        switch (nested < 0 ? n : n.substring(0, nested)) {\n");
        int i = 0;
        for (String outer : byOuter.keySet()) {
            s.append("            case \"").append(outer).append("\": return c").append(i++).append("(n);\n");
        }
        s.append("            default: return null;\n        }\n    }\n");
        i = 0;
        for (Map<String, String> nodes : byOuter.values()) {
            s.append("\n    private static Builtin c").append(i++).append("(String n) {\n        switch (n) {\n");
            for (Map.Entry<String, String> node : nodes.entrySet()) {
                s.append("            case \"").append(node.getKey()).append("\": return new BuiltinValues(").append(node.getValue()).append(");\n");
            }
            s.append("            default: return null;\n        }\n    }\n");
        }
        s.append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile(OUTPUT, origins).openWriter()) {
            w.write(s.toString());
        }
    }
}
