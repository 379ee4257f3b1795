package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.PythonClass;

/** The module type. */
public final class ModuleBuiltins {
    private ModuleBuiltins() {
    }

    static PythonModule self(Object o) {
        if (o instanceof PythonModule m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor requires a 'module' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return new PythonModule(c.isBuiltin() ? null : c, "?");
        }
    }

    @Builtin(name = "__init__", params = {"self", "name", "doc"}, required = 2)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object name, Object doc) {
            PythonModule m = self(self);
            if (!(name instanceof String)) {
                throw PythonErrors.typeError("module.__init__() argument 'name' must be str, not %s", PyObjectGetClass.typeName(name));
            }
            m.setAttribute("__name__", name);
            m.setAttribute("__doc__", doc == PNone.NO_VALUE ? PNone.NONE : doc);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PythonModule m = self(self);
            Object name = m.getAttribute("__name__");
            String n = name == null ? "?" : PyObjectStr.str(name);
            Object file = m.getAttribute("__file__");
            if (file instanceof String f) {
                return "<module '" + n + "' from '" + f + "'>";
            }
            if (TaipanContext.get(null).getRegistry().hasModule(n)) {
                return "<module '" + n + "' (built-in)>";
            }
            return "<module '" + n + "'>";
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object name) {
            PythonModule m = self(self);
            String n = AttributeNames.check(name);
            Object v = GenericAttributes.moduleGetAttribute(m, PyObjectGetClass.get(m), n);
            if (v == null) {
                throw GenericAttributes.noAttribute(m, PyObjectGetClass.get(m), n);
            }
            return v;
        }
    }

    @Builtin(name = "__dict__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DictNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDict(Object self, Object value) {
            return self(self).getDict();
        }
    }

    /**
     * As in CPython 3.12, a module's annotations live in its dict under '__annotations__'; reading
     * them when absent creates (and stores) an empty dict, deleting an absent one is an
     * AttributeError.
     */
    @Builtin(name = "__annotations__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class AnnotationsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAnnotations(Object self, Object value) {
            PDict dict = self(self).getDict();
            if (value == PNone.NO_VALUE) {
                Object a = dict.getString("__annotations__");
                if (a == null) {
                    a = new PDict();
                    dict.setString("__annotations__", a);
                }
                return a;
            }
            if (value == PGetSetDescriptor.DELETE) {
                if (dict.removeItem("__annotations__") == null) {
                    throw PythonErrors.attributeError("__annotations__");
                }
                return PNone.NONE;
            }
            dict.setString("__annotations__", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__dir__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDir(Object self) {
            var d = self(self).getDict();
            PList out = new PList();
            var s = d.storage();
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                out.append(s.keyAt(i));
            }
            return out;
        }
    }
}
