package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.ExceptionGroups;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654). */
public final class ExceptionGroupBuiltins {
    private ExceptionGroupBuiltins() {
    }

    static PBaseException self(Object o, String method) {
        if (o instanceof PBaseException e && ExceptionGroups.isGroup(e)) {
            return e;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, PTuple args, PDict kwargs) {
            if (kwargs.size() > 0) {
                throw PythonErrors.typeError("BaseExceptionGroup.__new__() takes no keyword arguments");
            }
            return ExceptionGroups.create((PythonClass) cls, args);
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, PTuple args, PDict kwargs) {
            if (kwargs.size() > 0) {
                throw PythonErrors.typeError("%s() takes no keyword arguments", PyObjectGetClass.typeName(self));
            }
            self(self, "__init__").setArgs(args);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return ExceptionGroups.str(self(self, "__str__"));
        }
    }

    @Builtin(name = "message", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MessageNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return ExceptionGroups.message(self(self, "message"));
        }
    }

    @Builtin(name = "exceptions", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ExceptionsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return ExceptionGroups.exceptions(self(self, "exceptions"));
        }
    }

    @Builtin(name = "derive", params = {"self", "excs"})
    @GenerateNodeFactory
    public abstract static class DeriveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDerive(Object self, Object excs) {
            PBaseException g = self(self, "derive");
            return CallDispatch.call(dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP), ExceptionGroups.message(g), excs);
        }
    }

    @Builtin(name = "split", params = {"self", "condition"})
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSplit(Object self, Object condition) {
            ExceptionGroups.Split s = ExceptionGroups.split(self(self, "split"), ExceptionGroups.matcher(condition), true);
            return PTuple.of(s.match() == null ? PNone.NONE : s.match(), s.rest() == null ? PNone.NONE : s.rest());
        }
    }

    @Builtin(name = "subgroup", params = {"self", "condition"})
    @GenerateNodeFactory
    public abstract static class SubgroupNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSubgroup(Object self, Object condition) {
            ExceptionGroups.Split s = ExceptionGroups.split(self(self, "subgroup"), ExceptionGroups.matcher(condition), false);
            return s.match() == null ? PNone.NONE : s.match();
        }
    }

    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object cls, Object item) {
            return dev.taipan.runtime.typing.Generics.alias(cls, item);
        }
    }
}
