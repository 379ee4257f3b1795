package dev.taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A code object: what the compiler produces for a module, class body, function, lambda or
 * comprehension. The metadata is CPython's {@code co_*}; the executable part is a Bytecode DSL
 * root node, built by {@link Body} on first execution (so a module's many functions cost
 * nothing until called).
 */
public final class PCode extends PythonObject {
    /** Builds the executable root of a code object (implemented by the compiler). */
    public interface Body {
        RootNode build(PCode code);
    }

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstlineno;
    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int flags;
    private final String[] varnames;
    private final String[] cellvars;
    private final String[] freevars;
    private final Source source;
    private final Signature signature;
    /** co_names and co_consts: filled by the compiler when the body is built. */
    private String[] names = new String[0];
    private Object[] consts = new Object[0];
    private Body body;
    /** The docstring (a str) or null. */
    private Object docstring;
    /** A yield or await inside a try or with statement (known once the body is built). */
    private boolean suspendsInTry;
    @CompilationFinal private RootCallTarget callTarget;

    public PCode(String name, String qualname, String filename, int firstlineno, int argcount, int posonlyargcount, int kwonlyargcount, int flags, String[] varnames, String[] cellvars,
                    String[] freevars, Source source, Body body) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.source = source;
        this.body = body;
        String[] params = new String[argcount + kwonlyargcount];
        System.arraycopy(varnames, 0, params, 0, params.length);
        int i = params.length;
        String varargsName = (flags & CodeFlags.VARARGS) != 0 ? varnames[i++] : null;
        String varkwName = (flags & CodeFlags.VARKEYWORDS) != 0 ? varnames[i++] : null;
        this.signature = new Signature(qualname, params, posonlyargcount, argcount, kwonlyargcount, varargsName, varkwName);
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget target = callTarget;
        if (target == null) {
            // not a deopt: a call site that is not specialised to this code (an indirect call)
            // meets every function's first call here, and invalidating it each time makes Graal
            // give up on compiling it
            target = buildCallTarget();
        }
        return target;
    }

    @TruffleBoundary
    private RootCallTarget buildCallTarget() {
        build();
        return callTarget;
    }

    /** Builds the root node now (compile(), --compile-only, dis). */
    public synchronized RootNode getRootNode() {
        if (callTarget == null) {
            RootNode root;
            try {
                root = body.build(this);
            } catch (dev.taipan.runtime.exceptions.PException | dev.taipan.parser.SyntaxErrorException e) {
                throw e;
            } catch (RuntimeException e) {
                // a bug in Taipan's compiler: report it as Python does its own internal errors
                throw dev.taipan.runtime.exceptions.PythonErrors.systemError("internal error compiling %s (%s): %s", qualname, filename, e);
            }
            body = null;
            callTarget = root.getCallTarget();
        }
        return callTarget.getRootNode();
    }

    /**
     * {@code code.replace(...)} of the metadata (name, qualname, filename, first line, flags): a
     * new code object running the same bytecode.
     */
    public PCode withMetadata(String newName, String newQualname, String newFilename, int newFirstLine, int newFlags) {
        RootNode root = getRootNode();
        PCode copy = new PCode(newName, newQualname, newFilename, newFirstLine, argcount, posonlyargcount, kwonlyargcount, newFlags, varnames, cellvars, freevars, source, null);
        copy.callTarget = root.getCallTarget();
        copy.names = names;
        copy.consts = consts;
        copy.docstring = docstring;
        return copy;
    }

    private void build() {
        getRootNode();
    }

    public boolean isBuilt() {
        return callTarget != null;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public String getFilename() {
        return filename;
    }

    public int getFirstLineNo() {
        return firstlineno;
    }

    public int getArgCount() {
        return argcount;
    }

    public int getPosOnlyArgCount() {
        return posonlyargcount;
    }

    public int getKwOnlyArgCount() {
        return kwonlyargcount;
    }

    public int getFlags() {
        return flags;
    }

    public boolean isGenerator() {
        return (flags & CodeFlags.GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & CodeFlags.COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & CodeFlags.ASYNC_GENERATOR) != 0;
    }

    /** Generators, coroutines and async generators: calling returns an object, not a result. */
    public boolean isResumable() {
        return (flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) != 0;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public String[] getCellvars() {
        return cellvars;
    }

    public String[] getFreevars() {
        return freevars;
    }

    public String[] getNames() {
        return names;
    }

    public Object[] getConsts() {
        return consts;
    }

    public void setNamesAndConsts(String[] names, Object[] consts) {
        this.names = names;
        this.consts = consts;
    }

    public Object getDocstring() {
        return docstring;
    }

    /**
     * Whether a generator of this code may be suspended inside a try or with statement, so that
     * closing it runs code (its finally blocks, its context managers' exits): only such
     * generators need closing when the collector finds them unreachable.
     */
    public boolean suspendsInTry() {
        return suspendsInTry;
    }

    public void markSuspendsInTry() {
        suspendsInTry = true;
    }

    public void setDocstring(Object docstring) {
        this.docstring = docstring;
    }

    public Source getSource() {
        return source;
    }

    public Signature getSignature() {
        return signature;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CODE;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
