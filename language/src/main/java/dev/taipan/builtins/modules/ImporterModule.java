package dev.taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;

/**
 * {@code _taipan_importer}: the one entry of {@code sys.meta_path}, both finder and loader.
 * Statements import through the VM's own {@link Importer}; this module lets importlib
 * ({@code import_module}, {@code util.find_spec}) reach the same importer, as CPython's
 * BuiltinImporter and PathFinder let importlib reach its import system.
 */
public final class ImporterModule implements BuiltinRegistry.ModuleDefinition {
    public static final String NAME = "_taipan_importer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(ImporterModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__doc__", "Finds and loads modules for importlib through Taipan's importer.");
    }

    /** find_spec(name, path, target=None): a ModuleSpec whose loader is this module, or None. */
    @Builtin(name = "find_spec", params = {"name", "path", "target"}, required = 1)
    @GenerateNodeFactory
    public abstract static class FindSpecNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFind(Object nameObj, Object path, Object target) {
            TaipanContext ctx = TaipanContext.get(null);
            String name = PyObjectStr.str(nameObj);
            Object loader = ctx.getSysModules().getString(NAME);
            Object specClass = GenericAttributes.getAttribute(Importer.importModule("importlib._bootstrap"), "ModuleSpec");
            int dot = name.lastIndexOf('.');
            if (dot < 0 && ctx.getRegistry().hasModule(name)) {
                return CallDispatch.call(specClass, new Object[]{name, loader, "built-in"}, new String[]{"origin"});
            }
            List<String> searchPath = new ArrayList<>();
            Object dirs = path == PNone.NO_VALUE || path == PNone.NONE ? ctx.getSysModule().getAttribute("path") : path;
            Object it = PyObjectIter.getIter(dirs);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                if (v instanceof String s) {
                    searchPath.add(s);
                }
            }
            Importer.Location where = Importer.find(ctx, dot < 0 ? name : name.substring(dot + 1), searchPath);
            if (where == null) {
                return PNone.NONE;
            }
            Object spec = CallDispatch.call(specClass, new Object[]{name, loader, where.file().getPath(), where.isPackage()}, new String[]{"origin", "is_package"});
            if (where.isPackage()) {
                GenericAttributes.setAttribute(spec, "submodule_search_locations", new PList(new Object[]{where.packageDir().getPath()}));
            }
            GenericAttributes.setAttribute(spec, "has_location", true);
            return spec;
        }
    }

    /** create_module(spec): the import itself, by the VM's importer (which runs the module). */
    @Builtin(name = "create_module", params = {"spec"})
    @GenerateNodeFactory
    public abstract static class CreateModuleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCreate(Object spec) {
            return Importer.importModule(PyObjectStr.str(GenericAttributes.getAttribute(spec, "name")));
        }
    }

    /** exec_module(module): nothing left to do, create_module ran the module already. */
    @Builtin(name = "exec_module", params = {"module"})
    @GenerateNodeFactory
    public abstract static class ExecModuleNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doExec(Object module) {
            return PNone.NONE;
        }
    }
}
