package dev.taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PCallableIterator;
import dev.taipan.runtime.objects.PMappingProxy;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sre.PMatch;
import dev.taipan.runtime.sre.PPattern;
import dev.taipan.runtime.sre.PScanner;
import dev.taipan.runtime.sre.SreConstants;
import dev.taipan.runtime.sre.SreEngine;
import dev.taipan.runtime.sre.SreOperations;
import dev.taipan.runtime.sre.SreSubject;
import dev.taipan.runtime.types.BuiltinType;

/** The methods of {@code re.Pattern}. */
public final class PatternBuiltins {
    private PatternBuiltins() {
    }

    static PPattern self(Object o, String method) {
        if (o instanceof PPattern p) {
            return p;
        }
        throw PythonErrors.typeError("descriptor '%s' for 're.Pattern' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    static long position(Object o, long dflt) {
        if (o == PNone.NO_VALUE) {
            return dflt;
        }
        return PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    /** match, fullmatch and search. */
    @TruffleBoundary
    static Object matchAt(Object self, Object string, Object pos, Object endpos, String method, int kind) {
        PPattern p = self(self, method);
        SreSubject s = p.subject(string);
        SreEngine state = p.engine(s, position(pos, 0), position(endpos, Long.MAX_VALUE));
        boolean found;
        if (kind == 2) {
            found = state.search();
        } else {
            state.matchAll = kind == 1;
            found = state.match();
        }
        return found ? PMatch.fromState(p, s, state) : PNone.NONE;
    }

    @Builtin(name = "match", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class MatchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            return matchAt(self, string, pos, endpos, "match", 0);
        }
    }

    @Builtin(name = "fullmatch", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class FullMatchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            return matchAt(self, string, pos, endpos, "fullmatch", 1);
        }
    }

    @Builtin(name = "search", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SearchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            return matchAt(self, string, pos, endpos, "search", 2);
        }
    }

    @Builtin(name = "findall", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class FindAllNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            return SreOperations.findall(self(self, "findall"), string, position(pos, 0), position(endpos, Long.MAX_VALUE));
        }
    }

    @TruffleBoundary
    static PScanner scanner(Object self, Object string, Object pos, Object endpos, String method) {
        PPattern p = self(self, method);
        SreSubject s = p.subject(string);
        return new PScanner(p, s, p.engine(s, position(pos, 0), position(endpos, Long.MAX_VALUE)));
    }

    @Builtin(name = "scanner", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class ScannerNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            return scanner(self, string, pos, endpos, "scanner");
        }
    }

    @Builtin(name = "finditer", params = {"self", "string", "pos", "endpos"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class FindIterNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object string, Object pos, Object endpos) {
            PScanner sc = scanner(self, string, pos, endpos, "finditer");
            return new PCallableIterator(GenericAttributes.getAttribute(sc, "search"), PNone.NONE);
        }
    }

    @Builtin(name = "split", params = {"self", "string", "maxsplit"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object string, Object maxsplit) {
            return SreOperations.split(self(self, "split"), string, position(maxsplit, 0));
        }
    }

    @Builtin(name = "sub", params = {"self", "repl", "string", "count"}, required = 3, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SubNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object repl, Object string, Object count) {
            return SreOperations.subn(self(self, "sub"), repl, string, Math.max(0, position(count, 0)))[0];
        }
    }

    @Builtin(name = "subn", params = {"self", "repl", "string", "count"}, required = 3, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SubnNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object repl, Object string, Object count) {
            return new PTuple(SreOperations.subn(self(self, "subn"), repl, string, Math.max(0, position(count, 0))));
        }
    }

    @Builtin(name = "pattern", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class PatternNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self, "pattern").pattern;
        }
    }

    @Builtin(name = "flags", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FlagsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self, "flags").flags;
        }
    }

    @Builtin(name = "groups", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GroupsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self, "groups").groups;
        }
    }

    @Builtin(name = "groupindex", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GroupIndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            PPattern p = self(self, "groupindex");
            return new PMappingProxy(p.groupindex == null ? new PDict() : p.groupindex);
        }
    }

    private static final String[] FLAG_NAMES = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final int[] FLAG_VALUES = {SreConstants.FLAG_IGNORECASE, SreConstants.FLAG_LOCALE, SreConstants.FLAG_MULTILINE, SreConstants.FLAG_DOTALL, SreConstants.FLAG_UNICODE,
                    SreConstants.FLAG_VERBOSE, SreConstants.FLAG_DEBUG, SreConstants.FLAG_ASCII};

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PPattern p = self(self, "__repr__");
            String source = PyObjectStr.repr(p.pattern);
            if (source.codePointCount(0, source.length()) > 200) {
                source = source.substring(0, source.offsetByCodePoints(0, 200));
            }
            int flags = p.flags;
            if (p.isBytes == 0 && (flags & (SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE | SreConstants.FLAG_ASCII)) == SreConstants.FLAG_UNICODE) {
                flags &= ~SreConstants.FLAG_UNICODE;
            }
            if (flags == 0) {
                return "re.compile(" + source + ")";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < FLAG_NAMES.length; i++) {
                if ((flags & FLAG_VALUES[i]) != 0) {
                    if (sb.length() > 0) {
                        sb.append('|');
                    }
                    sb.append(FLAG_NAMES[i]);
                    flags &= ~FLAG_VALUES[i];
                }
            }
            if (flags != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append("0x").append(Integer.toHexString(flags));
            }
            return "re.compile(" + source + ", " + sb + ")";
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            if (!(self instanceof PPattern a) || !(other instanceof PPattern b)) {
                return PNotImplemented.INSTANCE;
            }
            return equal(a, b);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            if (!(self instanceof PPattern a) || !(other instanceof PPattern b)) {
                return PNotImplemented.INSTANCE;
            }
            return !equal(a, b);
        }
    }

    static boolean equal(PPattern a, PPattern b) {
        if (a == b) {
            return true;
        }
        return a.flags == b.flags && a.isBytes == b.isBytes && Arrays.equals(a.code, b.code) && PyObjectRichCompareBool.eqUncached(a.pattern, b.pattern);
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PPattern p = self(self, "__hash__");
            long h = PyObjectHash.executeUncached(p.pattern) ^ Arrays.hashCode(p.code);
            return h == -1 ? -2L : h;
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
            throw PythonErrors.typeError("cannot create 're.Pattern' instances");
        }
    }
}
