package dev.taipan.builtins.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanLanguage;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.compiler.CompilerFlags;
import dev.taipan.parser.InputMode;
import dev.taipan.runtime.objects.PythonModule;

/**
 * A builtin module written in Python (Taipan's own source, under dev/taipan/lib/ in the language
 * jar): for C modules whose work is mostly calling back into Python, such as {@code _typing}.
 * It is imported like any builtin module and runs its source in the new module on first import.
 */
public final class PythonSourceModule implements BuiltinRegistry.ModuleDefinition {
    private final String name;
    private final String resourceName;

    public PythonSourceModule(String name) {
        this(name, name);
    }

    /** A module whose name is not a good file name (e.g. the platform-tagged _sysconfigdata). */
    public PythonSourceModule(String name, String resourceName) {
        this.name = name;
        this.resourceName = resourceName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of();
    }

    @Override
    public void initialize(TaipanContext context, PythonModule module) {
        String resource = "/dev/taipan/lib/" + resourceName + ".py";
        String text;
        try (InputStream in = PythonSourceModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " in the language jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        Source source = Source.newBuilder(TaipanLanguage.ID, text, "<taipan " + name + ">").mimeType(TaipanLanguage.MIME_TYPE).build();
        context.runModuleCode(context.compile(source, InputMode.FILE, CompilerFlags.DEFAULT), module);
    }
}
