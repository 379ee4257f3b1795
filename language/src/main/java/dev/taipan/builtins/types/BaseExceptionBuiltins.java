package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.ExceptionInit;
import dev.taipan.runtime.frame.PTraceback;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code BaseException}: args, str/repr, traceback, chaining, notes. */
public final class BaseExceptionBuiltins {
    private BaseExceptionBuiltins() {
    }

    static PBaseException self(Object o, String method) {
        if (o instanceof PBaseException e) {
            return e;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'BaseException' object but received a '%s'", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, PTuple args, PDict kwargs) {
            PythonClass cls = (PythonClass) clsObj;
            if (cls.getBuiltinType() == BuiltinType.OS_ERROR && args.size() >= 2 && args.get(0) instanceof Long errno) {
                // OSError(errno, ...) creates the subclass for that errno (PEP 3151)
                BuiltinType sub = dev.taipan.runtime.os.Errno.exceptionType(errno);
                cls = dev.taipan.TaipanContext.get(null).getBuiltinClass(sub);
            }
            BuiltinType kind = cls.getLayout();
            if (!kind.isException()) {
                throw PythonErrors.typeError("%s.__new__(%s): %s is not a subtype of BaseException", "BaseException", cls.getName(), cls.getName());
            }
            PBaseException e = new PBaseException(cls, kind, args);
            ExceptionInit.initFields(e, kind, args);
            return e;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, PTuple args, PDict kwargs) {
            PBaseException e = self(self, "__init__");
            if (kwargs.size() > 0 && ExceptionInit.rejectsKeywords(e.kind())) {
                throw PythonErrors.typeError("%s() takes no keyword arguments", PyObjectGetClass.typeName(self));
            }
            ExceptionInit.checkInitArgs(e.kind(), args);
            e.setArgs(args);
            ExceptionInit.initFields(e, e.kind(), args);
            ExceptionInit.initKeywords(e, e.kind(), kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return ExceptionInit.str(self(self, "__str__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PBaseException e = self(self, "__repr__");
            PTuple args = e.getArgs();
            String name = PyObjectGetClass.get(e).getName();
            if (args.size() == 1) {
                return name + "(" + PyObjectStr.repr(args.get(0)) + ")";
            }
            return name + PyObjectStr.repr(args);
        }
    }

    @Builtin(name = "args", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doArgs(Object self, Object value) {
            PBaseException e = self(self, "args");
            if (value == PNone.NO_VALUE) {
                return e.getArgs();
            }
            if (value == PGetSetDescriptor.DELETE) {
                throw PythonErrors.typeError("args may not be deleted");
            }
            java.util.List<Object> items = new java.util.ArrayList<>();
            Object it = PyObjectIter.getIter(value);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                items.add(v);
            }
            e.setArgs(new PTuple(items.toArray()));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__traceback__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class TracebackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTraceback(Object self, Object value) {
            PBaseException e = self(self, "__traceback__");
            if (value == PNone.NO_VALUE) {
                return e.getTraceback() == null ? PNone.NONE : e.getTraceback();
            }
            if (value == PGetSetDescriptor.DELETE) {
                throw PythonErrors.typeError("__traceback__ may not be deleted");
            } else if (value == PNone.NONE) {
                e.setTraceback(null);
            } else if (value instanceof PTraceback tb) {
                e.setTraceback(tb);
            } else {
                throw PythonErrors.typeError("__traceback__ must be a traceback or None");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__context__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ContextNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContext(Object self, Object value) {
            PBaseException e = self(self, "__context__");
            if (value == PNone.NO_VALUE) {
                return e.getContext() == null ? PNone.NONE : e.getContext();
            }
            if (value == PNone.NONE || value == PGetSetDescriptor.DELETE) {
                e.setContext(null);
            } else if (value instanceof PBaseException c) {
                e.setContext(c);
            } else {
                throw PythonErrors.typeError("exception context must be None or derive from BaseException");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__cause__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class CauseNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCause(Object self, Object value) {
            PBaseException e = self(self, "__cause__");
            if (value == PNone.NO_VALUE) {
                return e.getCause() == null ? PNone.NONE : e.getCause();
            }
            if (value == PNone.NONE || value == PGetSetDescriptor.DELETE) {
                e.setCause(null);
            } else if (value instanceof PBaseException c) {
                e.setCause(c);
            } else {
                throw PythonErrors.typeError("exception cause must be None or derive from BaseException");
            }
            e.setSuppressContext(true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__suppress_context__", params = {"self", "value"}, isGetter = true, isMember = true, settable = true)
    @GenerateNodeFactory
    public abstract static class SuppressContextNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSuppress(Object self, Object value) {
            PBaseException e = self(self, "__suppress_context__");
            if (value == PNone.NO_VALUE) {
                return e.getSuppressContext();
            }
            e.setSuppressContext(dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(value));
            return PNone.NONE;
        }
    }

    @Builtin(name = "with_traceback", params = {"self", "tb"})
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWith(Object self, Object tb) {
            PBaseException e = self(self, "with_traceback");
            e.setTraceback(tb == PNone.NONE ? null : tb);
            return e;
        }
    }

    @Builtin(name = "add_note", params = {"self", "note"})
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAddNote(Object self, Object note) {
            PBaseException e = self(self, "add_note");
            if (!(note instanceof String)) {
                throw PythonErrors.typeError("note must be a str, not '%s'", PyObjectGetClass.typeName(note));
            }
            Object notes = GenericAttributes.lookupAttribute(e, "__notes__");
            if (notes == null) {
                notes = new PList();
                GenericAttributes.setAttribute(e, "__notes__", notes);
            }
            if (!(notes instanceof PList l)) {
                throw PythonErrors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(note);
            return PNone.NONE;
        }
    }

    /** {@code (type, args)}, plus the instance dict as pickle state when it holds attributes. */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            PBaseException e = self(self, "__reduce__");
            return reduce(e, e.getArgs(), instanceState(e));
        }
    }

    /** The instance dict when it holds attributes, else null (CPython's "no dict yet"). */
    @TruffleBoundary
    static PDict instanceState(PBaseException e) {
        PDict d = GenericAttributes.getDict(e);
        return d.size() == 0 ? null : d;
    }

    static PTuple reduce(PBaseException e, PTuple args, Object state) {
        PythonClass cls = PyObjectGetClass.get(e);
        return state == null ? PTuple.of(cls, args) : PTuple.of(cls, args, state);
    }

    /** Restores the attributes __reduce__ saved: each key of the dict is set with setattr. */
    @Builtin(name = "__setstate__", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetState(Object self, Object state) {
            self(self, "__setstate__");
            if (state == PNone.NONE) {
                return PNone.NONE;
            }
            if (!(state instanceof PDict d)) {
                throw PythonErrors.typeError("state is not a dictionary");
            }
            // the pairs are taken first: setting an attribute may hash the key, which may change the dict
            for (Object[] kv : d.storage().items()) {
                GenericAttributes.setAttribute(self, AttributeNames.check(kv[0]), kv[1]);
            }
            return PNone.NONE;
        }
    }
}
