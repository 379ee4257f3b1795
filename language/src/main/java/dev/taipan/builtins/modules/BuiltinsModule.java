package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.AttributeNames;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.abstractops.PyNumberUnary;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;
import dev.taipan.runtime.io.PTextIOWrapper;
import dev.taipan.runtime.iterators.PCallableIterator;
import dev.taipan.runtime.objects.PEllipsis;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** The {@code builtins} module: the builtin functions, types and constants. */
public final class BuiltinsModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "builtins";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(BuiltinsModuleFactory::getFactories, IterableFunctionsFactory::getFactories, NumericFunctionsFactory::getFactories,
                        CodeFunctionsFactory::getFactories, () -> List.of(IoModuleFactory.OpenNodeFactory.getInstance()));
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("None", PNone.NONE);
        m.setAttribute("True", true);
        m.setAttribute("False", false);
        m.setAttribute("Ellipsis", PEllipsis.INSTANCE);
        m.setAttribute("NotImplemented", PNotImplemented.INSTANCE);
        m.setAttribute("__debug__", true);
        for (BuiltinType t : BuiltinType.all()) {
            if (t.module.equals("builtins") && isPublic(t)) {
                m.setAttribute(t.pythonName, ctx.getBuiltinClass(t));
            }
        }
        m.setAttribute("EnvironmentError", ctx.getBuiltinClass(BuiltinType.OS_ERROR));
        // the bundled stdlib comes from GraalPy: os.py reads __graalpython__.stdlib_home
        dev.taipan.runtime.objects.PythonInstance graal = new dev.taipan.runtime.objects.PythonInstance(ctx.getBuiltinClass(BuiltinType.SIMPLE_NAMESPACE));
        dev.taipan.runtime.abstractops.GenericAttributes.getDict(graal).setString("stdlib_home", ctx.getStdlibHome() == null ? "" : ctx.getStdlibHome());
        // its _pydatetime creates instances with __graalpython__.unsafe_object_new(cls): object.__new__
        dev.taipan.runtime.abstractops.GenericAttributes.getDict(graal).setString("unsafe_object_new", ctx.getBuiltinClass(BuiltinType.OBJECT).lookup("__new__"));
        // inspect asks whether a callable is a foreign (polyglot) object; importlib whether it runs at image build time
        dev.taipan.runtime.abstractops.GenericAttributes.getDict(graal).setString("ForeignType", ctx.getBuiltinClass(BuiltinType.FOREIGN));
        dev.taipan.runtime.abstractops.GenericAttributes.getDict(graal).setString("in_preinitialization", false);
        dev.taipan.runtime.abstractops.GenericAttributes.getDict(graal).setString("posix_module_backend",
                        ctx.getRegistry().function(GraalPythonNamespaceFactory.PosixModuleBackendNodeFactory.getInstance(), "__graalpython__"));
        m.setAttribute("__graalpython__", graal);
        m.setAttribute("IOError", ctx.getBuiltinClass(BuiltinType.OS_ERROR));
    }

    /** Types that builtins exposes by name (not the internal iterator/descriptor types). */
    private static boolean isPublic(BuiltinType t) {
        if (t.isException()) {
            return true;
        }
        return switch (t) {
            case OBJECT, TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, MEMORYVIEW, TUPLE, LIST, DICT, SET, FROZENSET, RANGE, SLICE, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER,
                            ENUMERATE, ZIP, MAP, FILTER, REVERSED ->
                true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- output

    @Builtin(name = "print", varargs = "args", kwOnly = {"sep", "end", "file", "flush"})
    @GenerateNodeFactory
    public abstract static class PrintNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doPrint(Object sep, Object end, Object file, Object flush, PTuple args) {
            Printing.print(args.items(), sep, end, file, flush);
            return PNone.NONE;
        }
    }

    @Builtin(name = "input", params = {"prompt"}, required = 0)
    @GenerateNodeFactory
    public abstract static class InputNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInput(Object prompt) {
            TaipanContext ctx = TaipanContext.get(null);
            Object in = lostCheck(ctx, "stdin");
            Object out = lostCheck(ctx, "stdout");
            lostCheck(ctx, "stderr");
            if (prompt != PNone.NO_VALUE) {
                Printing.write(out, PyObjectStr.str(prompt));
            }
            Printing.flush(out);
            String line;
            if (in instanceof PTextIOWrapper t && dev.taipan.runtime.io.RawCalls.isPlain(t)) {
                line = t.readline(-1);
            } else {
                line = PyObjectStr.str(CallDispatch.call(GenericAttributes.getAttribute(in, "readline")));
            }
            if (line.isEmpty()) {
                throw PythonErrors.raise(BuiltinType.EOF_ERROR, "EOF when reading a line");
            }
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }

        private static Object lostCheck(TaipanContext ctx, String name) {
            Object f = ctx.getSysModule().getAttribute(name);
            if (f == null || f == PNone.NONE) {
                throw PythonErrors.runtimeError("input(): lost sys.%s", name);
            }
            return f;
        }
    }

    // ---------------------------------------------------------------- object protocol

    @Builtin(name = "len", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doString(String s) {
            return dev.taipan.runtime.strings.StringOps.codePointLength(s);
        }

        @Specialization(replaces = "doString")
        static long doGeneric(Object obj) {
            return PyObjectSize.execute(obj);
        }
    }

    @Builtin(name = "repr", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object obj) {
            return PyObjectStr.repr(obj);
        }
    }

    @Builtin(name = "ascii", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class AsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAscii(Object obj) {
            return PyObjectStr.ascii(obj);
        }
    }

    @Builtin(name = "hash", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object obj) {
            return PyObjectHash.executeUncached(obj);
        }
    }

    @Builtin(name = "id", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class IdNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doId(Object obj) {
            return dev.taipan.runtime.objects.ObjectIds.id(obj);
        }
    }

    @Builtin(name = "abs", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization(guards = "x != MIN")
        static long doLong(long x) {
            return Math.abs(x);
        }

        static final long MIN = Long.MIN_VALUE;

        @Specialization
        static double doDouble(double x) {
            return Math.abs(x);
        }

        @Specialization(replaces = {"doLong", "doDouble"})
        static Object doGeneric(Object x) {
            return PyNumberUnary.execute(x, PyNumberUnary.Op.ABS);
        }
    }

    @Builtin(name = "isinstance", params = {"obj", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIsInstance(Object obj, Object cls) {
            return PyObjectIsInstance.isInstance(obj, cls);
        }
    }

    @Builtin(name = "issubclass", params = {"cls", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIsSubclass(Object cls, Object classes) {
            return PyObjectIsInstance.isSubclass(cls, classes);
        }
    }

    @Builtin(name = "callable", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class CallableNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doCallable(Object obj) {
            return PyObjectGetClass.get(obj).lookup("__call__") != null;
        }
    }

    @Builtin(name = "getattr", params = {"object", "name", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization(guards = "dflt != NO_VALUE")
        static Object doDefault(Object obj, String name, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.bytecode.LookupAttributeNode lookup) {
            Object v = lookup.execute(obj, name);
            return v == null ? dflt : v;
        }

        @Specialization(replaces = "doDefault")
        @TruffleBoundary
        static Object doGetAttr(Object obj, Object name, Object dflt) {
            String n = AttributeNames.check(name);
            if (dflt == PNone.NO_VALUE) {
                return GenericAttributes.getAttribute(obj, n);
            }
            Object v = GenericAttributes.lookupAttribute(obj, n);
            return v == null ? dflt : v;
        }

        static final Object NO_VALUE = PNone.NO_VALUE;
    }

    @Builtin(name = "hasattr", params = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doString(Object obj, String name,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.bytecode.LookupAttributeNode lookup) {
            return lookup.execute(obj, name) != null;
        }

        @Specialization(replaces = "doString")
        static boolean doHasAttr(Object obj, Object name) {
            return GenericAttributes.lookupAttribute(obj, AttributeNames.check(name)) != null;
        }
    }

    @Builtin(name = "setattr", params = {"obj", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetAttr(Object obj, Object name, Object value) {
            GenericAttributes.setAttribute(obj, AttributeNames.check(name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", params = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelAttr(Object obj, Object name) {
            GenericAttributes.setAttribute(obj, AttributeNames.check(name), null);
            return PNone.NONE;
        }
    }

    // ---------------------------------------------------------------- iteration

    @Builtin(name = "iter", params = {"object", "sentinel"}, required = 1)
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIter(Object obj, Object sentinel) {
            if (sentinel == PNone.NO_VALUE) {
                return PyObjectIter.getIter(obj);
            }
            if (PyObjectGetClass.get(obj).lookup("__call__") == null) {
                throw PythonErrors.typeError("iter(v, w): v must be callable");
            }
            return new PCallableIterator(obj, sentinel);
        }
    }

    @Builtin(name = "next", params = {"iterator", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonBinaryBuiltinNode {
        /** A generator: resumed through an inline cache, not the uncached resume. */
        @Specialization(guards = "g.isPlainGenerator()")
        static Object doGenerator(dev.taipan.runtime.generator.PGenerator g, Object dflt,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.generator.GeneratorResumeNode resume,
                        @com.oracle.truffle.api.dsl.Bind com.oracle.truffle.api.nodes.Node node) {
            Object r = resume.execute(g, PNone.NONE);
            return yieldedOrDefault(dev.taipan.runtime.generator.YieldedInt.boxed(r, node), dflt);
        }

        /** A generator's step: the yielded value, or at its end the default or StopIteration(return value). */
        private static Object yieldedOrDefault(Object r, Object dflt) {
            if (r instanceof dev.taipan.runtime.generator.PGenerator.Returned ret) {
                if (dflt != PNone.NO_VALUE) {
                    return dflt;
                }
                throw PythonErrors.stopIteration(ret.value() == PNone.NONE ? null : ret.value());
            }
            return r;
        }

        @Specialization(replaces = "doGenerator")
        @TruffleBoundary
        static Object doNext(Object it, Object dflt) {
            if (!PyObjectIter.isIterator(it)) {
                throw PythonErrors.typeError("'%s' object is not an iterator", PyObjectGetClass.typeName(it));
            }
            if (it instanceof dev.taipan.runtime.generator.PGenerator g && g.isPlainGenerator()) {
                return yieldedOrDefault(g.resume(PNone.NONE), dflt);
            }
            if (dflt == PNone.NO_VALUE) {
                Object next = PyObjectGetClass.get(it).lookup("__next__");
                if (it instanceof dev.taipan.runtime.iterators.PBuiltinIterator bi) {
                    Object v = bi.next();
                    if (v == null) {
                        throw PythonErrors.stopIteration(null);
                    }
                    return v;
                }
                return CallDispatch.callMethod(next, it);
            }
            Object v = PyObjectIter.next(it);
            return v == null ? dflt : v;
        }
    }

    // ---------------------------------------------------------------- classes and modules

    @Builtin(name = "__build_class__", params = {"func", "name"}, varargs = "bases", varkw = "kwds")
    @GenerateNodeFactory
    public abstract static class BuildClassNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doBuild(Object func, Object name, PTuple bases, PDict kwds) {
            return ClassBuilder.build(func, name, bases, kwds);
        }
    }

    @Builtin(name = "__import__", params = {"name", "globals", "locals", "fromlist", "level"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class ImportNode extends PythonQuinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doImport(Object name, Object globals, Object locals, Object fromlist, Object level) {
            String n = dev.taipan.runtime.strings.StrArgs.positional(name, "__import__", 1);
            PDict g = globals instanceof PDict d ? d : new PDict();
            String[] from = null;
            if (fromlist != PNone.NO_VALUE && fromlist != PNone.NONE) {
                java.util.List<String> l = new java.util.ArrayList<>();
                Object it = PyObjectIter.getIter(fromlist);
                for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                    l.add((String) v);
                }
                from = l.toArray(new String[0]);
            }
            int lvl = level == PNone.NO_VALUE ? 0 : (int) (long) (Long) level;
            return Importer.importName(g, n, from, lvl);
        }
    }

    @Builtin(name = "globals")
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends dev.taipan.builtins.PythonNullaryBuiltinNode {
        @Specialization
        static Object doGlobals(VirtualFrame frame) {
            return FrameAccess.callerGlobals();
        }
    }

    @Builtin(name = "locals")
    @GenerateNodeFactory
    public abstract static class LocalsNode extends dev.taipan.builtins.PythonNullaryBuiltinNode {
        @Specialization
        static Object doLocals(VirtualFrame frame) {
            return FrameAccess.callerLocals();
        }
    }

    @Builtin(name = "vars", params = {"object"}, required = 0)
    @GenerateNodeFactory
    public abstract static class VarsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doVars(Object obj) {
            if (obj == PNone.NO_VALUE) {
                return FrameAccess.callerLocals();
            }
            Object d = GenericAttributes.lookupAttribute(obj, "__dict__");
            if (d == null) {
                throw PythonErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        }
    }

    @Builtin(name = "dir", params = {"object"}, required = 0)
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDir(Object obj) {
            if (obj == PNone.NO_VALUE) {
                Object locals = FrameAccess.callerLocals();
                dev.taipan.runtime.objects.PList keys = new dev.taipan.runtime.objects.PList();
                if (locals instanceof PDict d) {
                    for (int i = d.storage().next(-1); i >= 0; i = d.storage().next(i)) {
                        keys.append(d.storage().keyAt(i));
                    }
                }
                Object[] a = keys.toArray();
                java.util.Arrays.sort(a, (x, y) -> ((String) x).compareTo((String) y));
                return new dev.taipan.runtime.objects.PList(a);
            }
            Object dirMethod = PyObjectGetClass.get(obj).lookup("__dir__");
            Object r = CallDispatch.callMethod(dirMethod, obj);
            dev.taipan.runtime.objects.PList out = new dev.taipan.runtime.objects.PList();
            Object it = PyObjectIter.getIter(r);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                out.append(v);
            }
            Object[] a = out.toArray();
            java.util.Arrays.sort(a, (x, y) -> dev.taipan.runtime.abstractops.PyObjectRichCompare.compareStrings((String) x, (String) y));
            return new dev.taipan.runtime.objects.PList(a);
        }
    }

    @Builtin(name = "chr", params = {"i"})
    @GenerateNodeFactory
    public abstract static class ChrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doChr(Object i) {
            long cp = dev.taipan.runtime.abstractops.PyNumberConvert.asSize(i, BuiltinType.OVERFLOW_ERROR);
            if (cp < 0 || cp > 0x10FFFF) {
                throw PythonErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) cp));
        }
    }

    @Builtin(name = "ord", params = {"c"})
    @GenerateNodeFactory
    public abstract static class OrdNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doOrd(Object c) {
            String s = dev.taipan.runtime.strings.StrArgs.value(c);
            if (s != null) {
                int n = s.codePointCount(0, s.length());
                if (n != 1) {
                    throw PythonErrors.typeError("ord() expected a character, but string of length %d found", n);
                }
                return (long) s.codePointAt(0);
            }
            if (c instanceof dev.taipan.runtime.objects.PBytes || c instanceof dev.taipan.runtime.objects.PByteArray) {
                byte[] b = dev.taipan.runtime.bytes.BytesLike.require(c);
                if (b.length != 1) {
                    throw PythonErrors.typeError("ord() expected a character, but string of length %d found", b.length);
                }
                return (long) (b[0] & 0xff);
            }
            throw PythonErrors.typeError("ord() expected string of length 1, but %s found", PyObjectGetClass.typeName(c));
        }
    }
}
