package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sre.PMatch;
import dev.taipan.runtime.sre.SreOperations;
import dev.taipan.runtime.types.BuiltinType;

/** The methods of {@code re.Match}. */
public final class MatchBuiltins {
    private MatchBuiltins() {
    }

    static PMatch self(Object o, String method) {
        if (o instanceof PMatch m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor '%s' for 're.Match' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    /** A group number from an int or a group name; IndexError "no such group". */
    @TruffleBoundary
    static int groupIndex(PMatch m, Object key) {
        long i = -1;
        if (key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger || PyObjectGetClass.get(key).lookup("__index__") != null) {
            try {
                i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
            } catch (PException e) {
                i = -1;
            }
        } else if (m.pattern.groupindex != null) {
            Object v;
            try {
                v = m.pattern.groupindex.getItem(key);
            } catch (PException e) {
                v = null;
            }
            if (v instanceof Long l) {
                i = l;
            }
        }
        if (i < 0 || i >= m.groupCount()) {
            throw PythonErrors.indexError("no such group");
        }
        return (int) i;
    }

    static int groupArg(PMatch m, Object key) {
        return key == PNone.NO_VALUE ? 0 : groupIndex(m, key);
    }

    @Builtin(name = "group", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class GroupNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object args) {
            PMatch m = self(self, "group");
            Object[] keys = ((PTuple) args).items();
            if (keys.length == 0) {
                return m.group(0);
            }
            if (keys.length == 1) {
                return m.group(groupIndex(m, keys[0]));
            }
            Object[] out = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                out[i] = m.group(groupIndex(m, keys[i]));
            }
            return new PTuple(out);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "group"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object group) {
            PMatch m = self(self, "__getitem__");
            return m.group(groupIndex(m, group));
        }
    }

    @Builtin(name = "groups", params = {"self", "default"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class GroupsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object dflt) {
            PMatch m = self(self, "groups");
            Object d = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            Object[] out = new Object[m.groupCount() - 1];
            for (int i = 1; i < m.groupCount(); i++) {
                out[i - 1] = m.group(i, d);
            }
            return new PTuple(out);
        }
    }

    @Builtin(name = "groupdict", params = {"self", "default"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class GroupDictNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object dflt) {
            PMatch m = self(self, "groupdict");
            Object d = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            PDict out = new PDict();
            PDict gi = m.pattern.groupindex;
            if (gi != null) {
                var s = gi.storage();
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    Object key = s.keyAt(i);
                    out.setItem(key, m.group(groupIndex(m, key), d));
                }
            }
            return out;
        }
    }

    @Builtin(name = "start", params = {"self", "group"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object group) {
            PMatch m = self(self, "start");
            return (long) m.regs[2 * groupArg(m, group)];
        }
    }

    @Builtin(name = "end", params = {"self", "group"}, required = 1)
    @GenerateNodeFactory
    public abstract static class EndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object group) {
            PMatch m = self(self, "end");
            return (long) m.regs[2 * groupArg(m, group) + 1];
        }
    }

    @Builtin(name = "span", params = {"self", "group"}, required = 1)
    @GenerateNodeFactory
    public abstract static class SpanNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object group) {
            PMatch m = self(self, "span");
            int g = groupArg(m, group);
            return PTuple.of((long) m.regs[2 * g], (long) m.regs[2 * g + 1]);
        }
    }

    @Builtin(name = "expand", params = {"self", "template"})
    @GenerateNodeFactory
    public abstract static class ExpandNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object template) {
            PMatch m = self(self, "expand");
            return SreOperations.expand(SreOperations.compileTemplate(m.pattern, template), m);
        }
    }

    @Builtin(name = "regs", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RegsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PMatch m = self(self, "regs");
            Object[] out = new Object[m.groupCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = PTuple.of((long) m.regs[2 * i], (long) m.regs[2 * i + 1]);
            }
            return new PTuple(out);
        }
    }

    @Builtin(name = "string", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StringNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self, "string").subject.original;
        }
    }

    @Builtin(name = "re", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ReNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self, "re").pattern;
        }
    }

    @Builtin(name = "pos", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class PosNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self, "pos").pos;
        }
    }

    @Builtin(name = "endpos", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EndPosNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self, "endpos").endpos;
        }
    }

    @Builtin(name = "lastindex", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LastIndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            PMatch m = self(self, "lastindex");
            return m.lastindex >= 0 ? (Object) (long) m.lastindex : PNone.NONE;
        }
    }

    @Builtin(name = "lastgroup", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LastGroupNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            PMatch m = self(self, "lastgroup");
            return m.pattern.groupName(m.lastindex);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PMatch m = self(self, "__repr__");
            String g = PyObjectStr.repr(m.group(0));
            if (g.codePointCount(0, g.length()) > 50) {
                g = g.substring(0, g.offsetByCodePoints(0, 50));
            }
            return "<re.Match object; span=(" + m.regs[0] + ", " + m.regs[1] + "), match=" + g + ">";
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self(self, "__copy__");
        }
    }

    @Builtin(name = "__deepcopy__", params = {"self", "memo"})
    @GenerateNodeFactory
    public abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object memo) {
            return self(self, "__deepcopy__");
        }
    }

    /** Only _sre makes these objects (CPython's type has no tp_new). */
    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends dev.taipan.builtins.PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            throw PythonErrors.typeError("cannot create 're.Match' instances");
        }
    }
}
