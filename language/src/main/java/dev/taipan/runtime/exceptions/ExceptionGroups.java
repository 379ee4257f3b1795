package dev.taipan.runtime.exceptions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Exception groups (PEP 654): creation with CPython's checks, {@code split}/{@code subgroup}, and
 * what {@code except*} needs (matching a naked exception, re-raising what is left).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(PBaseException e) {
        return PyObjectGetClass.get(e).isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION_GROUP);
    }

    public static Object message(PBaseException group) {
        return ExceptionFields.get(group, ExceptionFields.MESSAGE);
    }

    public static PTuple exceptions(PBaseException group) {
        return (PTuple) ExceptionFields.get(group, ExceptionFields.EXCEPTIONS);
    }

    /** BaseExceptionGroup.__new__: validates, picks ExceptionGroup for all-Exception contents. */
    @TruffleBoundary
    public static PBaseException create(PythonClass cls, PTuple args) {
        if (args.size() != 2) {
            throw PythonErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.size());
        }
        Object message = args.get(0);
        Object excs = args.get(1);
        if (!(message instanceof String)) {
            throw PythonErrors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", PyObjectGetClass.typeName(message));
        }
        if (PyObjectGetClass.get(excs).lookup("__getitem__") == null || excs instanceof dev.taipan.runtime.dict.PDict
                        || excs instanceof dev.taipan.runtime.set.PSet) {
            throw PythonErrors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = SequenceOps.toArray(excs);
        if (items.length == 0) {
            throw PythonErrors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PBaseException e)) {
                throw PythonErrors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!PyObjectGetClass.get(e).isSubtypeOfBuiltin(BuiltinType.EXCEPTION)) {
                nestedBase = true;
            }
        }
        TaipanContext ctx = TaipanContext.get(null);
        PythonClass baseGroup = ctx.getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP);
        PythonClass group = ctx.getBuiltinClass(BuiltinType.EXCEPTION_GROUP);
        if (cls == baseGroup) {
            if (!nestedBase) {
                cls = group;
            }
        } else if (cls == group) {
            if (nestedBase) {
                throw PythonErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtypeOfBuiltin(BuiltinType.EXCEPTION)) {
            throw PythonErrors.typeError("Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PBaseException e = new PBaseException(cls, cls.getLayout(), args);
        ExceptionFields.set(e, ExceptionFields.MESSAGE, message);
        ExceptionFields.set(e, ExceptionFields.EXCEPTIONS, new PTuple(items));
        return e;
    }

    /** str(group): "message (N sub-exceptions)". */
    @TruffleBoundary
    public static String str(PBaseException group) {
        int n = exceptions(group).size();
        return message(group) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** What split/subgroup/except* test leaves and groups against. */
    public interface Matcher {
        boolean matches(PBaseException e);
    }

    /** A type, a tuple of types, or a predicate (CPython's get_matcher_type). */
    @TruffleBoundary
    public static Matcher matcher(Object condition) {
        if (condition instanceof PythonClass cls && cls.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
            return e -> PyObjectGetClass.get(e).isSubclassOf(cls);
        }
        if (condition instanceof PTuple t) {
            for (Object item : t.items()) {
                if (!(item instanceof PythonClass c && c.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION))) {
                    throw badCondition();
                }
            }
            return e -> {
                for (Object item : t.items()) {
                    if (PyObjectGetClass.get(e).isSubclassOf((PythonClass) item)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!(condition instanceof PythonClass) && PyObjectGetClass.get(condition).lookup("__call__") != null) {
            return e -> PyObjectIsTrue.execute(CallDispatch.call(condition, e));
        }
        throw badCondition();
    }

    private static PException badCondition() {
        return PythonErrors.typeError("expected an exception type, a subclass of BaseException, or a tuple of them, or a callable (other than a class)");
    }

    /** (match, rest), either null; with {@code wantRest} false only the match is computed. */
    public record Split(PBaseException match, PBaseException rest) {
    }

    @TruffleBoundary
    public static Split split(PBaseException e, Matcher matcher, boolean wantRest) {
        if (matcher.matches(e)) {
            return new Split(e, null);
        }
        if (!isGroup(e)) {
            return new Split(null, wantRest ? e : null);
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object child : exceptions(e).items()) {
            Split s = split((PBaseException) child, matcher, wantRest);
            if (s.match != null) {
                matched.add(s.match);
            }
            if (s.rest != null) {
                rest.add(s.rest);
            }
        }
        return new Split(matched.isEmpty() ? null : deriveWithMetadata(e, matched), rest.isEmpty() ? null : deriveWithMetadata(e, rest));
    }

    /** group.derive(excs), keeping the group's traceback, cause, context and notes. */
    private static PBaseException deriveWithMetadata(PBaseException group, List<Object> excs) {
        Object derived = CallDispatch.call(GenericAttributes.getAttribute(group, "derive"), new PList(excs.toArray()));
        if (!(derived instanceof PBaseException d) || !isGroup(d)) {
            throw PythonErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        d.setTraceback(group.getTraceback());
        d.setCause(group.getCause());
        d.setContext(group.getContext());
        Object notes = GenericAttributes.lookupAttribute(group, "__notes__");
        // as CPython: only a sequence is copied (as a list); anything else is left behind
        if (notes != null && PyObjectGetClass.get(notes).lookup("__getitem__") != null && !(notes instanceof dev.taipan.runtime.dict.PDict)) {
            GenericAttributes.setAttribute(d, "__notes__", new PList(SequenceOps.toArray(notes)));
        }
        return d;
    }

    // ---------------------------------------------------------------- except*

    /** The progress of one {@code except*} block: what is left to match and what the handlers raised. */
    public static final class StarState {
        final PException caught;
        final PBaseException original;
        PBaseException rest;
        final List<PBaseException> raised = new ArrayList<>();

        StarState(PException caught) {
            this.caught = caught;
            this.original = caught.getPythonException();
            this.rest = original;
        }
    }

    public static StarState beginStar(PException caught) {
        return new StarState(caught);
    }

    /**
     * The part of what is left that {@code type} matches, as a caught exception (a naked exception
     * is wrapped in a group), or NONE.
     */
    @TruffleBoundary
    public static Object matchStar(StarState state, Object type, com.oracle.truffle.api.nodes.Node location) {
        checkStarType(type);
        if (state.rest == null) {
            return PNone.NONE;
        }
        Matcher m = matcher(type);
        PBaseException match;
        if (!isGroup(state.rest)) {
            if (!m.matches(state.rest)) {
                return PNone.NONE;
            }
            match = wrapNaked(state.rest);
            state.rest = null;
        } else {
            Split s = split(state.rest, m, true);
            match = s.match;
            state.rest = s.rest;
        }
        return match == null ? PNone.NONE : new PException(match, location);
    }

    private static void checkStarType(Object type) {
        Object[] types = type instanceof PTuple t ? t.items() : new Object[]{type};
        for (Object t : types) {
            if (!(t instanceof PythonClass c) || !c.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
                throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (c.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION_GROUP)) {
                throw PythonErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    private static PBaseException wrapNaked(PBaseException e) {
        PythonClass cls = TaipanContext.get(null).getBuiltinClass(PyObjectGetClass.get(e).isSubtypeOfBuiltin(BuiltinType.EXCEPTION) ? BuiltinType.EXCEPTION_GROUP : BuiltinType.BASE_EXCEPTION_GROUP);
        PBaseException group = create(cls, PTuple.of("", new PTuple(new Object[]{e})));
        group.setTraceback(e.getTraceback());
        group.setCause(e.getCause());
        group.setContext(e.getContext());
        return group;
    }

    /** A handler ended with an exception (raised anew or re-raised). */
    public static void collectStar(StarState state, PException raised) {
        state.raised.add(raised.getPythonException());
    }

    /** After the handlers: the exception to raise (the caught one when nothing changed), or null. */
    @TruffleBoundary
    public static PException endStar(StarState state, com.oracle.truffle.api.nodes.Node location) {
        PBaseException result = prepareReraise(state);
        if (result == null) {
            return null;
        }
        return result == state.original ? state.caught : new PException(result, location);
    }

    /** What must propagate (CPython's _PyExc_PrepReraiseStar), or null. */
    private static PBaseException prepareReraise(StarState state) {
        List<PBaseException> excs = new ArrayList<>(state.raised);
        if (state.rest != null) {
            excs.add(state.rest);
        }
        if (excs.isEmpty()) {
            return null;
        }
        PBaseException orig = state.original;
        if (!isGroup(orig)) {
            // a naked exception: one handler at most ran, and what it raised comes out as it is
            // (a bare raise re-raises the group the exception was wrapped in, as in CPython)
            return excs.get(0);
        }
        Map<PBaseException, Boolean> origLeaves = new IdentityHashMap<>();
        collectLeaves(orig, origLeaves);
        List<Object> raisedNew = new ArrayList<>();
        Map<PBaseException, Boolean> keep = new IdentityHashMap<>();
        for (PBaseException e : excs) {
            if (isDerivedFrom(e, orig, origLeaves)) {
                collectLeaves(e, keep);
            } else {
                raisedNew.add(e);
            }
        }
        PBaseException reraised = keep.isEmpty() ? null : split(orig, keep::containsKey, false).match;
        if (raisedNew.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            raisedNew.add(reraised);
        }
        if (raisedNew.size() == 1) {
            return (PBaseException) raisedNew.get(0);
        }
        return create(TaipanContext.get(null).getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP), PTuple.of("", new PList(raisedNew.toArray())));
    }

    /**
     * Whether e is (part of) the original group re-raised: a group whose leaves all come from it
     * (CPython compares the metadata; a handler rarely builds such a group itself).
     */
    private static boolean isDerivedFrom(PBaseException e, PBaseException orig, Map<PBaseException, Boolean> origLeaves) {
        if (e == orig) {
            return true;
        }
        Map<PBaseException, Boolean> leaves = new IdentityHashMap<>();
        collectLeaves(e, leaves);
        if (!isGroup(e)) {
            return false;   // a single exception raised by a handler is new
        }
        for (PBaseException leaf : leaves.keySet()) {
            if (!origLeaves.containsKey(leaf)) {
                return false;
            }
        }
        return true;
    }

    private static void collectLeaves(PBaseException e, Map<PBaseException, Boolean> out) {
        if (isGroup(e)) {
            for (Object child : exceptions(e).items()) {
                collectLeaves((PBaseException) child, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
