package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;

/** {@code atexit}: callbacks run when the interpreter shuts down (see TaipanLanguage.finalizeContext). */
public final class AtExitModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "atexit";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(AtExitModuleFactory::getFactories);
    }

    @Builtin(name = "register", params = {"func"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class RegisterNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object func, PTuple args, Object kwargs) {
            if (PyObjectGetClass.get(func).lookup("__call__") == null) {
                throw PythonErrors.typeError("the first argument must be callable");
            }
            Object[] positional = args.items();
            String[] kwnames = null;
            if (kwargs instanceof PDict kw && kw.size() > 0) {
                Object[] keys = SequenceOps.toArray(kw);
                kwnames = new String[keys.length];
                Object[] all = java.util.Arrays.copyOf(positional, positional.length + keys.length);
                for (int i = 0; i < keys.length; i++) {
                    kwnames[i] = (String) keys[i];
                    all[positional.length + i] = kw.getItem(keys[i]);
                }
                positional = all;
            }
            TaipanContext.get(null).getAtExit().register(func, positional, kwnames);
            return func;
        }
    }

    @Builtin(name = "unregister", params = {"func"})
    @GenerateNodeFactory
    public abstract static class UnregisterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object func) {
            TaipanContext.get(null).getAtExit().unregister(func);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_run_exitfuncs")
    @GenerateNodeFactory
    public abstract static class RunExitFuncsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            TaipanContext.get(null).getAtExit().runAll();
            return PNone.NONE;
        }
    }

    @Builtin(name = "_clear")
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            TaipanContext.get(null).getAtExit().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "_ncallbacks")
    @GenerateNodeFactory
    public abstract static class NCallbacksNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return (long) TaipanContext.get(null).getAtExit().size();
        }
    }
}
