package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.EpilogExceptional;
import com.oracle.truffle.api.bytecode.GenerateBytecode;
import com.oracle.truffle.api.bytecode.Instrumentation;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.bytecode.Operation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.TaipanLanguage;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.NumberCompare;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyNumberUnary;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.exceptions.ExceptionGroups;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.generator.GeneratorResumeNode;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.generator.YieldedInt;
import dev.taipan.runtime.iterators.PListIterator;
import dev.taipan.runtime.iterators.PRangeIterator;
import dev.taipan.runtime.match.PatternMatching;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * The instruction set of Taipan: one Bytecode DSL root node class for all Python code. Each
 * code object (module, class body, function, lambda, comprehension) is one root; its operations
 * are the Python opcodes, specialised and quickened by the DSL (int/float fast paths with
 * boxing elimination, inline caches for attributes, globals and calls), with the generic
 * semantics delegated to the abstract object protocol in {@code dev.taipan.runtime.abstractops}.
 */
@GenerateBytecode(languageClass = TaipanLanguage.class, //
                enableYield = true, //
                enableUncachedInterpreter = true, //
                defaultUncachedThreshold = "16", //
                enableQuickening = true, //
                enableTagInstrumentation = true, //
                enableBlockScoping = false, //
                storeBytecodeIndexInFrame = true, //
                enableSpecializationIntrospection = true, //
                defaultLocalValue = "null", //
                boxingEliminationTypes = {long.class, double.class, boolean.class})
@ShortCircuitOperation(name = "BoolAnd", operator = ShortCircuitOperation.Operator.AND_RETURN_VALUE, booleanConverter = PBytecodeRootNode.ToBool.class)
@ShortCircuitOperation(name = "BoolOr", operator = ShortCircuitOperation.Operator.OR_RETURN_VALUE, booleanConverter = PBytecodeRootNode.ToBool.class)
public abstract class PBytecodeRootNode extends RootNode implements BytecodeRootNode {

    @CompilationFinal private PCode code;
    @CompilationFinal private SourceSection sourceSection;

    protected PBytecodeRootNode(TaipanLanguage language, FrameDescriptor frameDescriptor) {
        super(language, frameDescriptor);
    }

    public PCode getCode() {
        return code;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    @Override
    public String getName() {
        return code == null ? "<unknown>" : code.getName();
    }

    @Override
    public String getQualifiedName() {
        return code == null ? getName() : code.getQualname();
    }

    @Override
    public String toString() {
        return "<code " + getQualifiedName() + ">";
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public AbstractTruffleException interceptTruffleException(AbstractTruffleException ex, VirtualFrame frame, BytecodeNode bytecodeNode, int bytecodeIndex) {
        if (ex instanceof PException pe) {
            TracebackRecorder.record(pe, frame, bytecodeNode, bytecodeIndex, this);
            if (!dev.taipan.runtime.trace.Tracing.NEVER_TRACED.isValid() && pe.getPythonException() != null) {
                dev.taipan.runtime.trace.Tracing.exception(frame.materialize(), pe.getPythonException());
            }
        }
        return ex;
    }

    @Override
    public Throwable interceptInternalException(Throwable t, VirtualFrame frame, BytecodeNode bytecodeNode, int bytecodeIndex) {
        CompilerDirectives.transferToInterpreter();
        return InternalErrors.toPythonException(t);
    }

    // Operations are declared hottest first. The Bytecode DSL numbers instructions in declaration
    // order, and HotSpot's C1 (which runs the interpreter until Graal compiles a function) turns
    // the dispatch switch into a linear chain of compares: a low number is a fast dispatch. The
    // instrumentations for sys.settrace come last, as they are absent unless a program traces.

    // =============================================================== calls

    /** {@code f(args)}: the arguments are collected straight into the call layout (see PArguments). */
    @Operation(tags = CallTag.class)
    public static final class CallFunction {
        @Specialization
        static Object doCall(Object callee, @Variadic(startOffset = PArguments.USER_START) Object[] args, @Cached CallNode call) {
            return call.execute(callee, args, null);
        }
    }

    /** A call with keyword arguments: the last {@code kwnames.length} arguments are their values. */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String[].class, name = "kwnames")
    public static final class CallFunctionKw {
        @Specialization
        static Object doCall(String[] kwnames, Object callee, @Variadic(startOffset = PArguments.USER_START) Object[] args, @Cached CallNode call) {
            return call.execute(callee, args, kwnames);
        }
    }

    /** {@code f(*args, **kwargs)}: positional arguments as a list/tuple, keywords as a dict or NO_VALUE. */
    @Operation(tags = CallTag.class)
    public static final class CallFunctionEx {
        @Specialization
        static Object doCall(Object callee, Object positional, Object keywords, @Cached CallNode call) {
            return Calls.callEx(callee, positional, keywords, call);
        }
    }

    /** {@code obj.name(args)} without creating a bound method when possible. */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class CallMethod {
        @Specialization
        static Object doCall(String name, Object receiver, @Variadic(startOffset = PArguments.USER_START + 1) Object[] args, @Cached CallMethodNode call) {
            return call.execute(receiver, name, args, null);
        }
    }

    /** {@code super().name(args)} in a method: operands super, __class__ and the first argument (see SuperMethodCallNode). */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class CallSuperMethod {
        @Specialization
        static Object doCall(String name, Object superFn, Object cls, Object self, @Variadic(startOffset = PArguments.USER_START + 1) Object[] args, @Cached SuperMethodCallNode call) {
            return call.execute(superFn, cls, self, name, args);
        }
    }

    /** {@code super()} in a method (see SuperMethodCallNode.zeroArgSuper). */
    @Operation(tags = CallTag.class)
    public static final class CallZeroArgSuper {
        @Specialization
        static Object doCall(Object superFn, Object cls, Object self) {
            return SuperMethodCallNode.zeroArgSuper(superFn, cls, self);
        }
    }

    /** {@code obj.name(args, k=v)}: like CallMethod, with the keyword values after the positional ones. */
    @Operation(tags = CallTag.class)
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = String[].class, name = "kwnames")
    public static final class CallMethodKw {
        @Specialization
        static Object doCall(String name, String[] kwnames, Object receiver, @Variadic(startOffset = PArguments.USER_START + 1) Object[] args, @Cached CallMethodNode call) {
            return call.execute(receiver, name, args, kwnames);
        }
    }

    // =============================================================== attributes and items

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class GetAttribute {
        @Specialization
        static Object doGet(String name, Object obj, @Cached GetAttributeNode get) {
            return get.execute(obj, name);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class SetAttribute {
        @Specialization
        static void doSet(String name, Object obj, Object value, @Cached SetAttributeNode set) {
            set.execute(obj, name, value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteAttribute {
        @Specialization
        static void doDelete(String name, Object obj, @Cached DeleteAttributeNode delete) {
            delete.execute(obj, name);
        }
    }

    @Operation
    public static final class GetItem {
        @Specialization
        static Object doGet(Object obj, Object key, @Cached GetItemNode get) {
            return get.execute(obj, key);
        }
    }

    @Operation
    public static final class SetItem {
        @Specialization
        static void doSet(Object obj, Object key, Object value, @Cached SetItemNode set) {
            set.execute(obj, key, value);
        }
    }

    @Operation
    public static final class DeleteItem {
        @Specialization
        static void doDelete(Object obj, Object key, @Bind Node node) {
            Items.delete(obj, key);
        }
    }

    @Operation
    public static final class BuildSlice {
        @Specialization
        static Object doBuild(Object start, Object stop, Object step) {
            return new dev.taipan.runtime.objects.PSlice(start, stop, step);
        }
    }

    // =============================================================== iteration

    @Operation
    public static final class GetIter {
        @Specialization
        static Object doGet(Object obj, @Bind Node node) {
            return Iteration.getIter(obj);
        }
    }

    /** One step of a for loop: stores the next item in {@code target}; false when exhausted. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ImportStatic(TaipanLanguage.class)
    public static final class ForIterate {
        /** Run as the loop's instruction first takes each specialisation; idempotent (see LoopExits). */
        static boolean expectExit(BytecodeNode bytecode, int bci) {
            return LoopExits.expectExit(bytecode, bci);
        }

        @Specialization
        static boolean doRange(VirtualFrame frame, LocalAccessor target, PRangeIterator it, @Bind BytecodeNode bytecode,
                        @Bind("$bytecodeIndex") int bci, @Cached(value = "expectExit(bytecode, bci)", uncached = "true") @SuppressWarnings("unused") boolean exitExpected) {
            if (!it.hasNext()) {
                return false;
            }
            target.setLong(bytecode, frame, it.nextLong());
            return true;
        }

        @Specialization
        static boolean doList(VirtualFrame frame, LocalAccessor target, PListIterator it, @Bind BytecodeNode bytecode,
                        @Bind("$bytecodeIndex") int bci, @Cached(value = "expectExit(bytecode, bci)", uncached = "true") @SuppressWarnings("unused") boolean exitExpected) {
            Object v = it.next();
            if (v == null) {
                return false;
            }
            target.setObject(bytecode, frame, v);
            return true;
        }

        /** {@code for x in gen}: resumes the generator through an inline cache of its code. */
        @Specialization(guards = "it.isPlainGenerator()")
        static boolean doGenerator(VirtualFrame frame, LocalAccessor target, PGenerator it, @Bind BytecodeNode bytecode,
                        @Bind("$bytecodeIndex") int bci, @Cached(value = "expectExit(bytecode, bci)", uncached = "true") @SuppressWarnings("unused") boolean exitExpected,
                        @Cached GeneratorResumeNode resume,
                        @Cached(value = "get(bytecode)", allowUncached = true) TaipanLanguage language) {
            Object v = resume.execute(it, PNone.NONE);
            if (v instanceof PGenerator.Returned) {
                return false;
            }
            if (v == YieldedInt.MARKER) {
                target.setLong(bytecode, frame, language.threadState().getYieldedInt());
            } else {
                target.setObject(bytecode, frame, v);
            }
            return true;
        }

        @Fallback
        static boolean doGeneric(VirtualFrame frame, LocalAccessor target, Object it, @Bind BytecodeNode bytecode,
                        @Bind("$bytecodeIndex") int bci, @Cached(value = "expectExit(bytecode, bci)", uncached = "true") @SuppressWarnings("unused") boolean exitExpected) {
            Object v = Iteration.next(it);
            if (v == null) {
                return false;
            }
            target.setObject(bytecode, frame, v);
            return true;
        }
    }

    // =============================================================== names

    /** A fast local that may be unbound: raises UnboundLocalError when it holds null. */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class CheckUnbound {
        @Specialization
        static long doLong(String name, long v) {
            return v;
        }

        @Specialization
        static double doDouble(String name, double v) {
            return v;
        }

        @Specialization
        static boolean doBoolean(String name, boolean v) {
            return v;
        }

        @Fallback
        static Object doObject(String name, Object v) {
            if (v == null) {
                throw NameErrors.unboundLocal(name);
            }
            return v;
        }
    }

    /**
     * A read of a fast local that {@code +=} may have turned into a {@link StrAccumulator}: the
     * str it stands for (UnboundLocalError when unbound, like CheckUnbound).
     */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadAccumulated {
        @Specialization
        static long doLong(String name, long v) {
            return v;
        }

        @Specialization
        static double doDouble(String name, double v) {
            return v;
        }

        @Specialization
        static Object doAccumulator(String name, StrAccumulator v) {
            return v.value();
        }

        @Fallback
        static Object doObject(String name, Object v) {
            return CheckUnbound.doObject(name, v);
        }
    }

    /** {@code del x} of a fast local. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteFast {
        @Specialization
        static void doDelete(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) {
            if (local.isCleared(bytecode, frame) || local.getObject(bytecode, frame) == null) {
                throw NameErrors.unboundLocal(name);
            }
            local.setObject(bytecode, frame, null);   // not clear(): a later load must see "unbound", not an illegal slot
        }
    }

    /**
     * Drops a compiler temporary's value (see CodeGenerator#clearTemp). An operation of its own,
     * with nothing to specialise: a StoreLocal of null would quicken the first time it ran, and a
     * loop's exit runs it for the first time in compiled code, deoptimising it. clear(), not a
     * store of null: a temporary is always stored before it is loaded, and a store of an object
     * would turn a temporary that holds doubles (self.x = x * k) back into a boxed one.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class ClearTemp {
        @Specialization
        static void doClear(VirtualFrame frame, LocalAccessor local, @Bind BytecodeNode bytecode) {
            local.clear(bytecode, frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadGlobal {
        @Specialization(guards = "isModuleGlobals(frame)")
        static Object doModule(VirtualFrame frame, String name,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary globalsLib,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary builtinsLib) {
            Object v = globalsLib.getOrDefault(Names.globalsOwner(frame), name, null);
            if (v != null) {
                return v;
            }
            return Names.loadBuiltin(frame, name, builtinsLib);
        }

        @Fallback
        static Object doGeneric(VirtualFrame frame, String name) {
            return Names.loadGlobalGeneric(frame.getArguments(), name);
        }

        static boolean isModuleGlobals(VirtualFrame frame) {
            return Names.hasModuleGlobals(frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class StoreGlobal {
        @Specialization(guards = "isModuleGlobals(frame)")
        static void doModule(VirtualFrame frame, String name, Object value,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary globalsLib) {
            globalsLib.put(Names.globalsOwner(frame), name, value);
        }

        @Fallback
        static void doGeneric(VirtualFrame frame, String name, Object value) {
            Names.storeGlobalGeneric(frame.getArguments(), name, value);
        }

        static boolean isModuleGlobals(VirtualFrame frame) {
            return Names.hasModuleGlobals(frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteGlobal {
        @Specialization
        static void doDelete(VirtualFrame frame, String name) {
            Names.deleteGlobal(frame.getArguments(), name);
        }
    }

    /** Module and class bodies: the locals mapping, then globals, then builtins. */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadName {
        @Specialization(guards = {"isModuleLocals(frame)"})
        static Object doModule(VirtualFrame frame, String name,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary globalsLib,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary builtinsLib) {
            Object v = globalsLib.getOrDefault(Names.globalsOwner(frame), name, null);
            if (v != null) {
                return v;
            }
            return Names.loadBuiltin(frame, name, builtinsLib);
        }

        @Fallback
        static Object doGeneric(VirtualFrame frame, String name) {
            return Names.loadNameGeneric(frame.getArguments(), name);
        }

        static boolean isModuleLocals(VirtualFrame frame) {
            return Names.localsAreModuleGlobals(frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class StoreName {
        @Specialization(guards = {"isModuleLocals(frame)"})
        static void doModule(VirtualFrame frame, String name, Object value,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary globalsLib) {
            globalsLib.put(Names.globalsOwner(frame), name, value);
        }

        @Fallback
        static void doGeneric(VirtualFrame frame, String name, Object value) {
            Names.storeNameGeneric(frame.getArguments(), name, value);
        }

        static boolean isModuleLocals(VirtualFrame frame) {
            return Names.localsAreModuleGlobals(frame);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteName {
        @Specialization
        static void doDelete(VirtualFrame frame, String name, @Bind Node node) {
            Names.deleteName(frame.getArguments(), name);
        }
    }

    /** A class body reading a free variable: the class namespace first, then the cell. */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadClassDeref {
        @Specialization
        static Object doLoad(VirtualFrame frame, String name, Object cell, @Bind Node node) {
            return Names.loadClassDeref(frame.getArguments(), name, (PCell) cell);
        }
    }

    /** The value of a cell (a free or cell variable). */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = boolean.class, name = "isFree")
    public static final class LoadCell {
        @Specialization
        static Object doLoad(String name, boolean isFree, PCell cell) {
            Object v = cell.getRef();
            if (v == null) {
                throw isFree ? NameErrors.unboundFree(name) : NameErrors.unboundLocal(name);
            }
            return v;
        }
    }

    @Operation
    public static final class StoreCell {
        @Specialization
        static void doStore(PCell cell, Object value) {
            cell.setRef(value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = boolean.class, name = "isFree")
    public static final class DeleteCell {
        @Specialization
        static void doDelete(String name, boolean isFree, PCell cell) {
            if (cell.getRef() == null) {
                throw isFree ? NameErrors.unboundFree(name) : NameErrors.unboundLocal(name);
            }
            cell.setRef(null);
        }
    }

    /** A new cell holding {@code value} (or empty when given NO_VALUE). */
    @Operation
    public static final class MakeCell {
        @Specialization
        static PCell doMake(Object value) {
            return new PCell(value == PNone.NO_VALUE ? null : value);
        }
    }

    /** The i-th closure cell of the running function. */
    @Operation
    @ConstantOperand(type = int.class, name = "index")
    public static final class LoadClosure {
        @Specialization
        static PCell doLoad(VirtualFrame frame, int index) {
            return Names.closureCell(frame, index);
        }
    }

    // =============================================================== generators

    /**
     * The value a generator or coroutine body returns, wrapped as a continuation result without
     * a continuation. Every resume of a generator then returns a ContinuationResult, so the
     * call-site return-type profile of its continuation roots stays exact instead of being
     * invalidated (and everything recompiled) the first time a generator finishes.
     */
    @Operation
    public static final class GeneratorReturnValue {
        @Specialization
        static ContinuationResult doWrap(Object value) {
            return new ContinuationResult(null, null, value);
        }
    }

    /**
     * The value a plain generator yields: an int goes to the thread state and the yield gives
     * {@link YieldedInt#MARKER} instead, so that compiled code need not box it (see there).
     */
    @Operation
    @ImportStatic(TaipanLanguage.class)
    public static final class UnboxedYield {
        @Specialization
        static Object doInt(long value,
                        @Bind Node node,
                        @Cached(value = "get(node)", allowUncached = true) TaipanLanguage language) {
            language.threadState().setYieldedInt(value);
            return YieldedInt.MARKER;
        }

        @Fallback
        static Object doOther(Object value) {
            return value;
        }
    }

    /** Right after a yield: raises the exception thrown in by gen.throw()/close(), else passes the sent value. */
    @Operation
    public static final class ResumeYield {
        @Specialization
        static Object doResume(Object sent, @Bind Node node) {
            return GeneratorSupport.resumeValue(sent, node);
        }
    }

    /** {@code iter(x)} for {@code yield from x}; for {@code await}, the awaitable's iterator. */
    @Operation
    @ConstantOperand(type = boolean.class, name = "isAwait")
    public static final class GetYieldFromIter {
        @Specialization
        static Object doGet(VirtualFrame frame, boolean isAwait, Object value, @Bind PBytecodeRootNode root) {
            // the running function's flags: @types.coroutine sets ITERABLE_COROUTINE on a new __code__
            int flags = frame.getArguments()[PArguments.CALLEE] instanceof PFunction f ? f.getCode().getFlags() : root.getCode().getFlags();
            return GeneratorSupport.yieldFromIter(value, isAwait, flags);
        }
    }

    /**
     * One round of {@code yield from}: sends {@code sent} (a value or a ThrowSignal) into the
     * delegate; true if it yielded (the value is in {@code result}), false when it finished (its
     * return value is in {@code result}).
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class YieldFromStep {
        @Specialization
        static boolean doStep(VirtualFrame frame, LocalAccessor result, Object delegate, Object sent, @Bind BytecodeNode bytecode) {
            return GeneratorSupport.yieldFromStep(frame, result, bytecode, delegate, sent);
        }
    }

    // =============================================================== arithmetic

    @Operation
    public static final class Add {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a + b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a + b;
        }

        @Specialization
        static String doString(String a, String b) {
            return Strings.concat(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.ADD);
        }
    }

    @Operation
    public static final class Sub {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a - b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a - b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a - b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.SUB);
        }
    }

    @Operation
    public static final class Mul {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a * b;
        }

        @Specialization
        static double doLongDouble(long a, double b) {
            return a * b;
        }

        @Specialization
        static double doDoubleLong(double a, long b) {
            return a * b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.MUL);
        }
    }

    @Operation
    public static final class TrueDiv {
        @Specialization(guards = "isNonZero(b)")
        static double doDouble(double a, double b) {
            return a / b;
        }

        static boolean isNonZero(double d) {
            return d != 0.0;
        }

        @Specialization(guards = {"b != 0", "fitsDouble(a)", "fitsDouble(b)"})
        static double doLong(long a, long b) {
            return (double) a / (double) b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.TRUEDIV);
        }

        static boolean fitsDouble(long x) {
            return x > -(1L << 53) && x < (1L << 53);
        }
    }

    @Operation
    public static final class FloorDiv {
        @Specialization(guards = "b > 0")
        static long doLongPos(long a, long b) {
            return Math.floorDiv(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.FLOORDIV);
        }
    }

    @Operation
    public static final class Mod {
        @Specialization(guards = "b > 0")
        static long doLongPos(long a, long b) {
            return Math.floorMod(a, b);
        }

        @Specialization(guards = "isPositive(b)")
        static double doDoublePos(double a, double b) {
            double m = a % b;
            return m < 0 ? m + b : (m == 0.0 ? 0.0 : m);
        }

        static boolean isPositive(double d) {
            return d > 0.0;
        }

        /** {@code 'fmt' % values} when values cannot be a str subclass with its own __rmod__. */
        @Specialization(guards = "isBuiltinValue(b)")
        static Object doFormat(String a, Object b) {
            return dev.taipan.runtime.format.PercentFormat.format(a, b);
        }

        static boolean isBuiltinValue(Object b) {
            return !(b instanceof dev.taipan.runtime.objects.PythonObject po) || po.getExplicitClass() == null;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.MOD);
        }
    }

    @Operation
    public static final class Pow {
        @Specialization
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.POW);
        }
    }

    @Operation
    public static final class LShift {
        @Specialization(guards = {"b >= 0", "b < 32", "isSmall(a)"})
        static long doSmall(long a, long b) {
            return a << b;
        }

        static boolean isSmall(long a) {
            return a >= 0 && a < (1L << 31);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.LSHIFT);
        }
    }

    @Operation
    public static final class RShift {
        @Specialization(guards = {"b >= 0", "b < 64"})
        static long doLong(long a, long b) {
            return a >> b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.RSHIFT);
        }
    }

    @Operation
    public static final class BitAnd {
        @Specialization
        static long doLong(long a, long b) {
            return a & b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a & b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.AND);
        }
    }

    @Operation
    public static final class BitOr {
        @Specialization
        static long doLong(long a, long b) {
            return a | b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a | b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.OR);
        }
    }

    @Operation
    public static final class BitXor {
        @Specialization
        static long doLong(long a, long b) {
            return a ^ b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a ^ b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.XOR);
        }
    }

    @Operation
    public static final class MatMul {
        @Specialization
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.execute(a, b, BinaryOp.MATMUL);
        }
    }

    /** {@code a += b}: like Add for immutable numbers, else {@code __iadd__}. */
    @Operation
    public static final class InplaceAdd {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a + b;
        }

        @Specialization
        static String doString(String a, String b) {
            return Strings.concat(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.inplace(a, b, BinaryOp.ADD);
        }
    }

    /**
     * {@code s += x} and {@code s = s + x} on a fast local (the result goes back into it): Add or
     * InplaceAdd, except that a long str grows in a {@link StrAccumulator} held by the local.
     */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = boolean.class, name = "inplace")
    public static final class InplaceAccumulate {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(String name, boolean inplace, long a, long b) {
            return Math.addExact(a, b);
        }

        @Specialization
        static double doDouble(String name, boolean inplace, double a, double b) {
            return a + b;
        }

        @Specialization
        static Object doAppend(String name, boolean inplace, StrAccumulator a, String b) {
            return a.append(b);
        }

        @Specialization
        static Object doString(String name, boolean inplace, String a, String b) {
            if (a.length() + b.length() < StrAccumulator.MIN_LENGTH) {
                return Strings.concat(a, b);
            }
            return new StrAccumulator(a, b);
        }

        @Fallback
        static Object doGeneric(String name, boolean inplace, Object a, Object b, @Bind Node node) {
            if (a == null) {
                throw NameErrors.unboundLocal(name);
            }
            Object left = StrAccumulator.visible(a);
            return inplace ? PyNumberBinary.inplace(left, b, BinaryOp.ADD) : PyNumberBinary.execute(left, b, BinaryOp.ADD);
        }
    }

    @Operation
    public static final class InplaceSub {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.subtractExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a - b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.inplace(a, b, BinaryOp.SUB);
        }
    }

    @Operation
    public static final class InplaceMul {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long a, long b) {
            return Math.multiplyExact(a, b);
        }

        @Specialization
        static double doDouble(double a, double b) {
            return a * b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyNumberBinary.inplace(a, b, BinaryOp.MUL);
        }
    }

    /** The other in-place operators: {@code op} is a BinaryOp ordinal. */
    @Operation
    @ConstantOperand(type = int.class, name = "op")
    public static final class InplaceOp {
        @Specialization
        static Object doGeneric(int op, Object a, Object b, @Bind Node node) {
            return PyNumberBinary.inplace(a, b, BinaryOp.fromOrdinal(op));
        }
    }

    @Operation
    public static final class Negate {
        @Specialization(guards = "a != MIN")
        static long doLong(long a) {
            return -a;
        }

        @Specialization
        static double doDouble(double a) {
            return -a;
        }

        @Fallback
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.NEG);
        }

        static final long MIN = Long.MIN_VALUE;
    }

    @Operation
    public static final class Positive {
        @Specialization
        static long doLong(long a) {
            return a;
        }

        @Specialization
        static double doDouble(double a) {
            return a;
        }

        @Fallback
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.POS);
        }
    }

    @Operation
    public static final class Invert {
        @Specialization
        static long doLong(long a) {
            return ~a;
        }

        @Fallback
        static Object doGeneric(Object a, @Bind Node node) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.INVERT);
        }
    }

    // =============================================================== comparisons

    @Operation
    public static final class Lt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a < b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a < b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return NumberCompare.compare(a, b, CompareOp.LT);
        }

        @Specialization
        static boolean doDoubleLong(double a, long b) {
            return NumberCompare.compare(a, b, CompareOp.LT);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.LT);
        }
    }

    @Operation
    public static final class Le {
        @Specialization
        static boolean doLong(long a, long b) {
            return a <= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a <= b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.LE);
        }
    }

    @Operation
    public static final class Gt {
        @Specialization
        static boolean doLong(long a, long b) {
            return a > b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a > b;
        }

        @Specialization
        static boolean doLongDouble(long a, double b) {
            return NumberCompare.compare(a, b, CompareOp.GT);
        }

        @Specialization
        static boolean doDoubleLong(double a, long b) {
            return NumberCompare.compare(a, b, CompareOp.GT);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.GT);
        }
    }

    @Operation
    public static final class Ge {
        @Specialization
        static boolean doLong(long a, long b) {
            return a >= b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a >= b;
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.GE);
        }
    }

    @Operation
    public static final class Eq {
        @Specialization
        static boolean doLong(long a, long b) {
            return a == b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a == b;
        }

        @Specialization
        static boolean doBoolean(boolean a, boolean b) {
            return a == b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return Strings.equals(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.EQ);
        }
    }

    @Operation
    public static final class Ne {
        @Specialization
        static boolean doLong(long a, long b) {
            return a != b;
        }

        @Specialization
        static boolean doDouble(double a, double b) {
            return a != b;
        }

        @Specialization
        static boolean doString(String a, String b) {
            return !Strings.equals(a, b);
        }

        @Fallback
        static Object doGeneric(Object a, Object b, @Bind Node node) {
            return PyObjectRichCompare.compare(a, b, CompareOp.NE);
        }
    }

    @Operation
    public static final class Is {
        @Specialization
        static boolean doIt(Object a, Object b) {
            return dev.taipan.runtime.abstractops.Identity.is(a, b);
        }
    }

    @Operation
    public static final class IsNot {
        @Specialization
        static boolean doIt(Object a, Object b) {
            return !dev.taipan.runtime.abstractops.Identity.is(a, b);
        }
    }

    @Operation
    public static final class In {
        /** The containers with a hashed lookup of their own below (exact dicts; exact sets unless item is a set). */
        static boolean isHashedLookup(Object item, Object o) {
            return o instanceof dev.taipan.runtime.dict.PDict d && d.getExplicitClass() == null || isPlainSetLookup(item, o);
        }

        static boolean isPlainSetLookup(Object item, Object o) {
            return o instanceof dev.taipan.runtime.set.PSet s && s.getExplicitClass() == null && !(item instanceof dev.taipan.runtime.set.PSet);
        }

        /** {@code x in set}: hashed through the same inline cache. */
        @Specialization(guards = "isPlainSetLookup(item, set)")
        static boolean doSet(Object item, dev.taipan.runtime.set.PSet set,
                        @Cached dev.taipan.runtime.abstractops.HashNode hash) {
            return set.storage().contains(item, hash.execute(item));
        }

        /** {@code key in dict}: the key hashed through an inline cache (a Python __hash__ called directly). */
        @Specialization(guards = "dict.getExplicitClass() == null")
        static boolean doDict(Object item, dev.taipan.runtime.dict.PDict dict,
                        @Cached dev.taipan.runtime.abstractops.HashNode hash) {
            return dict.getItem(item, hash.execute(item)) != null;
        }

        @Specialization(guards = "!isHashedLookup(item, container)")
        static boolean doIt(Object item, Object container, @Bind Node node) {
            return Containment.contains(container, item);
        }
    }

    @Operation
    public static final class NotIn {
        static boolean isHashedLookup(Object item, Object o) {
            return In.isHashedLookup(item, o);
        }

        static boolean isPlainSetLookup(Object item, Object o) {
            return In.isPlainSetLookup(item, o);
        }

        @Specialization(guards = "isPlainSetLookup(item, set)")
        static boolean doSet(Object item, dev.taipan.runtime.set.PSet set,
                        @Cached dev.taipan.runtime.abstractops.HashNode hash) {
            return !In.doSet(item, set, hash);
        }

        @Specialization(guards = "dict.getExplicitClass() == null")
        static boolean doDict(Object item, dev.taipan.runtime.dict.PDict dict,
                        @Cached dev.taipan.runtime.abstractops.HashNode hash) {
            return !In.doDict(item, dict, hash);
        }

        @Specialization(guards = "!isHashedLookup(item, container)")
        static boolean doIt(Object item, Object container, @Bind Node node) {
            return !Containment.contains(container, item);
        }
    }

    // =============================================================== truthiness

    /** Python truth value: the converter of if/while conditions and and/or. */
    @Operation
    public static final class ToBool {
        @Specialization
        static boolean doBoolean(boolean b) {
            return b;
        }

        @Specialization
        static boolean doLong(long l) {
            return l != 0;
        }

        @Specialization
        static boolean doDouble(double d) {
            return d != 0.0;
        }

        @Specialization
        static boolean doString(String s) {
            return !s.isEmpty();
        }

        @Fallback
        static boolean doObject(Object o, @Bind Node node) {
            return PyObjectIsTrue.execute(o);
        }
    }

    @Operation
    public static final class Not {
        @Specialization
        static boolean doBoolean(boolean b) {
            return !b;
        }

        @Fallback
        static boolean doObject(Object o, @Bind Node node) {
            return !PyObjectIsTrue.execute(o);
        }
    }

    // =============================================================== building values

    @Operation
    public static final class BuildTuple {
        @Specialization
        static Object doBuild(@Variadic Object[] items) {
            return Builders.tuple(items);
        }
    }

    @Operation
    public static final class BuildList {
        @Specialization
        static Object doBuild(@Variadic Object[] items) {
            return new dev.taipan.runtime.objects.PList(items);
        }
    }

    @Operation
    public static final class BuildSet {
        @Specialization
        static Object doBuild(@Variadic Object[] items, @Bind Node node) {
            return Builders.set(items);
        }
    }

    /** A dict display: alternating keys and values. */
    @Operation
    public static final class BuildMap {
        @Specialization
        static Object doBuild(@Variadic Object[] keysAndValues, @Bind Node node) {
            return Builders.dict(keysAndValues);
        }
    }

    /**
     * A display with starred items ({@code [*a, b]}, {@code (*a,)}, {@code {*a}}): {@code starred[i]}
     * says whether item i is to be unpacked. {@code kind} is 0 tuple, 1 list, 2 set.
     */
    @Operation
    @ConstantOperand(type = int.class, name = "kind")
    @ConstantOperand(type = boolean[].class, name = "starred")
    public static final class BuildUnpacking {
        @Specialization
        static Object doBuild(int kind, boolean[] starred, @Variadic Object[] items, @Bind Node node) {
            return Builders.unpacking(kind, starred, items);
        }
    }

    /** A dict display with {@code **m} items: a NO_VALUE key marks the mapping to merge. */
    @Operation
    public static final class BuildMapUnpacking {
        @Specialization
        static Object doBuild(@Variadic Object[] keysAndValues, @Bind Node node) {
            return Builders.dictUnpacking(keysAndValues);
        }
    }

    /**
     * The keywords of {@code f(k=v, **m)}: alternating names and values, a NO_VALUE name marking a
     * mapping to merge. The call merges them (see {@link Calls}), so that a repeated keyword and
     * a non-mapping are reported with the callee's name, like CPython's DICT_MERGE.
     */
    @Operation
    public static final class BuildCallKeywords {
        @Specialization
        static Object doBuild(@Variadic Object[] keysAndValues) {
            return new Calls.KeywordParts(keysAndValues);
        }
    }

    @Operation
    public static final class ListAppend {
        @Specialization
        static void doAppend(Object list, Object item) {
            ((dev.taipan.runtime.objects.PList) list).append(item);
        }
    }

    @Operation
    public static final class SetAdd {
        @Specialization
        static void doAdd(Object set, Object item, @Bind Node node) {
            Builders.setAdd(set, item);
        }
    }

    @Operation
    public static final class MapAdd {
        @Specialization
        static void doAdd(Object dict, Object key, Object value, @Bind Node node) {
            ((dev.taipan.runtime.dict.PDict) dict).setItem(key, value);
        }
    }

    /** Unpacks exactly {@code count} items into an array. */
    @Operation
    @ConstantOperand(type = int.class, name = "count")
    public static final class UnpackSequence {
        @Specialization
        static Object[] doUnpack(int count, Object value, @Bind Node node) {
            return Unpacking.unpack(value, count);
        }
    }

    /** {@code a, *b, c = value}: an array with the starred part as a list in the middle. */
    @Operation
    @ConstantOperand(type = int.class, name = "before")
    @ConstantOperand(type = int.class, name = "after")
    public static final class UnpackStarred {
        @Specialization
        static Object[] doUnpack(int before, int after, Object value, @Bind Node node) {
            return Unpacking.unpackStarred(value, before, after);
        }
    }

    @Operation
    @ConstantOperand(type = int.class, name = "index")
    public static final class ArrayElement {
        @Specialization
        static Object doGet(int index, Object[] array) {
            return array[index];
        }
    }

    /** An f-string replacement field: {@code conversion} is -1, 's', 'r' or 'a'; spec may be NO_VALUE. */
    @Operation
    @ConstantOperand(type = int.class, name = "conversion")
    public static final class FormatValue {
        @Specialization
        static String doString(int conversion, String value, Object spec, @Bind Node node) {
            if (conversion == -1 && spec == PNone.NO_VALUE) {
                return value;
            }
            return Formatting.formatValue(value, conversion, spec);
        }

        @Fallback
        static String doGeneric(int conversion, Object value, Object spec) {
            return Formatting.formatValue(value, conversion, spec);
        }
    }

    @Operation
    public static final class BuildString {
        @Specialization
        static String doBuild(@Variadic Object[] parts) {
            return Strings.join(parts);
        }
    }

    // =============================================================== functions and classes

    /**
     * {@code def}/{@code lambda}: a function over {@code code} with the evaluated defaults (tuple
     * or NO_VALUE), keyword-only defaults (dict or NO_VALUE), annotations (dict or NO_VALUE) and
     * the closure cells.
     */
    @Operation
    @ConstantOperand(type = PCode.class, name = "code")
    public static final class MakeFunction {
        @Specialization
        static Object doMake(VirtualFrame frame, PCode code, Object defaults, Object kwDefaults, Object annotations, @Variadic Object[] closure) {
            return Functions.make(frame, code, defaults, kwDefaults, annotations, closure);
        }
    }

    // =============================================================== exceptions

    /** {@code raise exc [from cause]}; cause is NO_VALUE without {@code from}. */
    @Operation
    public static final class Raise {
        @Specialization
        static Object doRaise(Object exc, Object cause, @Bind Node node) {
            throw ExceptionSupport.raise(exc, cause, node);
        }
    }

    /** Bare {@code raise} outside an except block: re-raises the exception being handled. */
    @Operation
    public static final class RaiseCurrent {
        @Specialization
        static Object doRaise(@Bind Node node) {
            throw ExceptionSupport.reraiseCurrent(node);
        }
    }

    /** Rethrows a caught exception unchanged (end of a finally, unmatched except, bare raise). */
    @Operation
    public static final class Reraise {
        @Specialization
        static Object doReraise(Object caught) {
            throw (PException) caught;
        }
    }

    /** Does the caught exception match the {@code except} clause's type (or tuple of types)? */
    @Operation
    public static final class ExceptionMatches {
        /** {@code except C} catching a C itself: no MRO walk. */
        @Specialization(guards = "isExactClass(caught, type)")
        static boolean doExact(@SuppressWarnings("unused") Object caught, @SuppressWarnings("unused") Object type) {
            return true;
        }

        static boolean isExactClass(Object caught, Object type) {
            return ((PException) caught).getPythonException().getExplicitClass() == type;
        }

        @Specialization(guards = "!isExactClass(caught, type)")
        static boolean doMatch(Object caught, Object type, @Bind Node node) {
            return ExceptionSupport.matches((PException) caught, type);
        }
    }

    /** {@code except*}: starts matching a caught exception against the clauses. */
    @Operation
    public static final class ExceptStarBegin {
        @Specialization
        static Object doBegin(Object caught) {
            return ExceptionGroups.beginStar((PException) caught);
        }
    }

    /** {@code except* T}: the part of what is left that T matches (a caught exception), or None. */
    @Operation
    public static final class ExceptStarMatch {
        @Specialization
        static Object doMatch(Object state, Object type, @Bind Node node) {
            return ExceptionGroups.matchStar((ExceptionGroups.StarState) state, type, node);
        }
    }

    /** An {@code except*} clause body ended with this exception. */
    @Operation
    public static final class ExceptStarCollect {
        @Specialization
        static void doCollect(Object state, Object caught) {
            ExceptionGroups.collectStar((ExceptionGroups.StarState) state, (PException) caught);
        }
    }

    /** After the clauses: raises what is left unhandled together with what the clauses raised. */
    @Operation
    public static final class ExceptStarEnd {
        @Specialization
        static void doEnd(Object state, @Bind Node node) {
            PException result = ExceptionGroups.endStar((ExceptionGroups.StarState) state, node);
            if (result != null) {
                throw result;
            }
        }
    }

    /** The Python exception object of a caught exception. */
    @Operation
    public static final class ExceptionValue {
        @Specialization
        static Object doGet(Object caught) {
            return ((PException) caught).getPythonException();
        }
    }

    /** Entering an except/finally handler: the caught exception becomes the one being handled. Returns the previous one. */
    @Operation
    public static final class EnterHandler {
        @Specialization
        static Object doEnter(Object caught, @Bind Node node) {
            return ExceptionSupport.enterHandler((PException) caught, node);
        }
    }

    @Operation
    public static final class ExitHandler {
        @Specialization
        static void doExit(Object previous, @Bind Node node) {
            ExceptionSupport.exitHandler(previous, node);
        }
    }

    /** {@code assert} failure: raises AssertionError(msg) (msg NO_VALUE for none). */
    @Operation
    public static final class AssertFailed {
        @Specialization
        static Object doFail(Object msg, @Bind Node node) {
            throw ExceptionSupport.assertionError(msg, node);
        }
    }

    // =============================================================== with

    /**
     * {@code with}: evaluates {@code type(mgr).__exit__} (stored in {@code exitLocal}) and returns
     * {@code type(mgr).__enter__(mgr)}.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class WithEnter {
        /** Per manager class: __enter__ and __exit__ found once, __enter__ called directly. */
        @Specialization
        static Object doEnter(VirtualFrame frame, LocalAccessor exitLocal, Object manager,
                        @Bind BytecodeNode bytecode,
                        @Cached WithMethodsNode plainMethods,
                        @Cached CallNode callEnter) {
            Object[] methods = plainMethods.execute(manager);
            if (methods != null) {
                exitLocal.setObject(bytecode, frame, methods[1]);
                return callEnter.execute(methods[0], PArguments.fromValues(manager), null);
            }
            return WithSupport.enter(frame, exitLocal, bytecode, manager, false);
        }
    }

    /** An async generator's {@code yield v}: marks the value as yielded (not awaited). */
    @Operation
    public static final class AsyncGenWrap {
        @Specialization
        static Object doWrap(Object value) {
            return new dev.taipan.runtime.generator.AsyncGenValue(value);
        }
    }

    /** {@code async for}: {@code type(x).__aiter__(x)}. */
    @Operation
    public static final class GetAIter {
        @Specialization
        static Object doIt(Object iterable, @Bind Node node) {
            return AsyncIterationSupport.aiter(iterable);
        }
    }

    /** {@code async for}: the awaitable of the next item. */
    @Operation
    public static final class GetANext {
        @Specialization
        static Object doIt(Object iterator, @Bind Node node) {
            return AsyncIterationSupport.anext(iterator);
        }
    }

    /** Whether a caught exception ends an {@code async for}. */
    @Operation
    public static final class IsStopAsyncIteration {
        @Specialization
        static boolean doIt(Object caught) {
            return AsyncIterationSupport.isStopAsyncIteration(caught);
        }
    }

    /** {@code async with}: looks up __aexit__ into the local, returns the awaitable of __aenter__(). */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class AsyncWithEnter {
        @Specialization
        static Object doEnter(VirtualFrame frame, LocalAccessor exitLocal, Object manager, @Bind BytecodeNode bytecode) {
            return GeneratorSupport.asyncWithAwaitable(WithSupport.enter(frame, exitLocal, bytecode, manager, true), "__aenter__");
        }
    }

    /** {@code async with} exit: the awaitable of {@code __aexit__(...)} (exception null on normal exit). */
    @Operation
    public static final class AsyncWithExit {
        @Specialization
        static Object doExit(Object manager, Object exit, Object caught, @Bind Node node) {
            Object awaitable = caught == null || caught == PNone.NONE ? WithSupport.exitNormal(manager, exit) : WithSupport.exitExceptional(manager, exit, (PException) caught);
            return GeneratorSupport.asyncWithAwaitable(awaitable, "__aexit__");
        }
    }

    /** Normal exit of a with block: {@code __exit__(None, None, None)}. */
    @Operation
    public static final class WithExitNormal {
        /** A plain method: called directly with (manager, None, None, None). */
        @Specialization(guards = "isPlainMethod(exit)")
        static void doDirect(Object manager, Object exit, @Cached CallNode call) {
            call.execute(exit, PArguments.fromValues(manager, PNone.NONE, PNone.NONE, PNone.NONE), null);
        }

        @Specialization(guards = "!isPlainMethod(exit)")
        static void doExit(Object manager, Object exit, @Bind Node node) {
            WithSupport.exitNormal(manager, exit);
        }

        static boolean isPlainMethod(Object exit) {
            return dev.taipan.runtime.function.CallDispatch.isPlainMethod(exit);
        }
    }

    /** Exceptional exit: {@code __exit__(type, value, tb)}; true if the exception is to be suppressed. */
    @Operation
    public static final class WithExitExceptional {
        @Specialization
        static boolean doExit(Object manager, Object exit, Object caught, @Bind Node node) {
            return PyObjectIsTrue.execute(WithSupport.exitExceptional(manager, exit, (PException) caught));
        }
    }

    // =============================================================== match statement

    /** {@code case <value>:}: subject == value. */
    @Operation
    public static final class MatchValue {
        @Specialization
        static boolean doMatch(Object subject, Object value, @Bind Node node) {
            return PatternMatching.valueEquals(subject, value);
        }
    }

    /** {@code case None/True/False:}: identity. */
    @Operation
    public static final class MatchIdentity {
        @Specialization
        static boolean doMatch(Object subject, Object value) {
            return subject == value || (subject instanceof Boolean a && value instanceof Boolean b && a.booleanValue() == b.booleanValue());
        }
    }

    /** Whether a structural check ({@link MatchSequence} ...) succeeded. */
    @Operation
    public static final class MatchSucceeded {
        @Specialization
        static boolean doCheck(Object items) {
            return items != PNone.NONE;
        }
    }

    @Operation
    @ConstantOperand(type = int.class, name = "count")
    @ConstantOperand(type = int.class, name = "starIndex")
    @ConstantOperand(type = int.class, name = "access")
    public static final class MatchSequence {
        @Specialization
        static Object doMatch(int count, int starIndex, int access, Object subject, @Bind Node node) {
            return PatternMatching.sequenceItems(subject, count, starIndex, access);
        }
    }

    @Operation
    public static final class MatchMapping {
        @Specialization
        static Object doMatch(Object subject, PTuple keys, @Bind Node node) {
            return PatternMatching.mappingValues(subject, keys);
        }
    }

    @Operation
    public static final class MatchMappingRest {
        @Specialization
        static Object doRest(Object subject, PTuple keys, @Bind Node node) {
            return PatternMatching.mappingRest(subject, keys);
        }
    }

    @Operation
    @ConstantOperand(type = int.class, name = "positional")
    @ConstantOperand(type = String[].class, name = "keywords")
    public static final class MatchClass {
        @Specialization
        static Object doMatch(int positional, String[] keywords, Object subject, Object cls, @Bind Node node) {
            return PatternMatching.classAttributes(subject, cls, positional, keywords);
        }
    }

    /** PEP 695: creates type parameters, generic bases and type aliases through {@code _typing}. */
    @Operation
    @ConstantOperand(type = String.class, name = "helper")
    public static final class CallTypingHelper {
        @Specialization
        static Object doCall(String helper, @Variadic Object[] args, @Bind Node node) {
            return dev.taipan.runtime.typing.TypingIntrinsics.call(helper, args);
        }
    }

    /** Applies a decorator: {@code decorator(value)}. */
    @Operation
    public static final class Decorate {
        @Specialization
        static Object doCall(Object decorator, Object value, @Cached CallNode call) {
            return call.execute(decorator, PArguments.fromValues(value), null);
        }
    }

    // =============================================================== imports

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = String[].class, name = "fromlist")
    @ConstantOperand(type = int.class, name = "level")
    public static final class ImportName {
        @Specialization
        static Object doImport(VirtualFrame frame, String name, String[] fromlist, int level, @Bind Node node) {
            return Imports.importName(frame, name, fromlist, level);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class ImportFrom {
        @Specialization
        static Object doImport(String name, Object module, @Bind Node node) {
            return Imports.importFrom(module, name);
        }
    }

    @Operation
    public static final class ImportStar {
        @Specialization
        static void doImport(VirtualFrame frame, Object module, @Bind Node node) {
            Imports.importStar(frame, module);
        }
    }

    // =============================================================== misc

    /** Interactive mode: shows an expression statement's value through sys.displayhook. */
    @Operation
    public static final class PrintExpr {
        @Specialization
        static void doPrint(Object value, @Bind Node node) {
            Display.displayhook(value);
        }
    }

    /** Creates {@code __annotations__} in a module/class namespace if missing. */
    @Operation
    public static final class SetupAnnotations {
        @Specialization
        static void doSetup(VirtualFrame frame, @Bind Node node) {
            Names.setupAnnotations(frame.getArguments());
        }
    }

    /** The locals() mapping of a module/class body (the namespace itself). */
    @Operation
    public static final class LoadLocalsMapping {
        @Specialization
        static Object doLoad(VirtualFrame frame) {
            return Names.localsMapping(frame);
        }
    }

    // =============================================================== sys.settrace

    /**
     * A new activation starts its body: sys.settrace's 'call' event (see runtime/trace/Tracing).
     * Like TraceLine and TraceReturn an instrumentation: absent from the bytecode until a program
     * first sets a trace or profile function (then every root is updated to include them).
     */
    @Instrumentation
    @ConstantOperand(type = int.class, name = "firstLine")
    public static final class TraceCall {
        @Specialization
        static void doCall(VirtualFrame frame, int firstLine, @Bind BytecodeNode bytecode, @Bind("$bytecodeIndex") int bci) {
            dev.taipan.runtime.trace.Tracing.call(frame.materialize(), firstLine, bytecode, bci);
        }
    }

    /** A statement starts: sys.settrace's 'line' event. */
    @Instrumentation
    @ConstantOperand(type = int.class, name = "line")
    public static final class TraceLine {
        @Specialization
        static void doLine(VirtualFrame frame, int line, @Bind BytecodeNode bytecode, @Bind("$bytecodeIndex") int bci) {
            dev.taipan.runtime.trace.Tracing.line(frame.materialize(), line, bytecode, bci);
        }
    }

    /** A root left by an exception: the frame's 'return' event (with None), as CPython sends it. */
    @EpilogExceptional
    public static final class TraceUnwind {
        @Specialization
        static void doUnwind(VirtualFrame frame, AbstractTruffleException ex) {
            if (!dev.taipan.runtime.trace.Tracing.NEVER_TRACED.isValid()) {
                dev.taipan.runtime.trace.Tracing.ret(frame.materialize(), PNone.NONE);
            }
        }
    }

    /** The value a generator yields, passed through: the 'return' event of its frame. */
    @Instrumentation
    public static final class TraceYield {
        @Specialization
        static Object doYield(VirtualFrame frame, Object value) {
            dev.taipan.runtime.trace.Tracing.yielded(frame.materialize(), value);
            return value;
        }
    }

    /** The value sent into a resumed generator, passed through: the 'call' event of its frame. */
    @Instrumentation
    public static final class TraceResume {
        @Specialization
        static Object doResume(VirtualFrame frame, Object sent, @Bind BytecodeNode bytecode, @Bind("$bytecodeIndex") int bci) {
            dev.taipan.runtime.trace.Tracing.resumed(frame.materialize(), bytecode, bci);
            return sent;
        }
    }

    /** The value being returned, passed through: sys.settrace's and sys.setprofile's 'return' event. */
    @Instrumentation
    public static final class TraceReturn {
        @Specialization
        static Object doReturn(VirtualFrame frame, Object value) {
            dev.taipan.runtime.trace.Tracing.ret(frame.materialize(), value);
            return value;
        }
    }
}
