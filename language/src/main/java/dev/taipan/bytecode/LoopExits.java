package dev.taipan.bytecode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.Instruction;

/**
 * Counts a {@code for} loop's exit branch as taken once before the loop is compiled.
 *
 * <p>
 * The Bytecode DSL profiles every conditional branch, and compiled code turns a branch never taken
 * into a deoptimisation that invalidates the whole compilation. A loop in a generator runs one
 * iteration per resume, so its compiled continuation has always seen 'continue' and never 'exit':
 * the end of every generator threw away the compiled code of the generators in its pipeline
 * (measured: the second pass over a three-generator pipeline took 0.54 s instead of 0.07 s while
 * they were recompiled). The DSL does the same for a loop it compiles by OSR
 * ({@code ensureFalseProfile}); this does it for every {@code for} loop, once, when its
 * {@code ForIterate} first runs in the cached interpreter. A loop always ends some time, so the
 * exit path is worth its code.
 *
 * <p>
 * The DSL has no public way to set a profile: this writes the generated node's profile array
 * ({@code branchProfiles_}, pairs of taken/not-taken counts), and does nothing if that changes.
 */
final class LoopExits {
    private static final VarHandle PROFILES = findProfiles();
    /** The generated cached-tier node class, the holder of {@link #PROFILES}. */
    private static final Class<?> CACHED_NODE = PROFILES == null ? null : PROFILES.coordinateTypes().get(0);

    private LoopExits() {
    }

    /** Marks the exit of the loop whose {@code ForIterate} is at {@code bci}; true (a cached flag). */
    static boolean expectExit(BytecodeNode bytecode, int bci) {
        if (PROFILES == null || !CACHED_NODE.isInstance(bytecode)) {
            return true;
        }
        Instruction forIterate = bytecode.getInstruction(bci);
        Instruction branch = bytecode.getInstruction(forIterate.getNextBytecodeIndex());
        if (branch == null || !branch.getName().startsWith("branch.false")) {
            return true;
        }
        for (Instruction.Argument argument : branch.getArguments()) {
            if (argument.getKind() == Instruction.Argument.Kind.BRANCH_PROFILE) {
                int[] profiles = (int[]) PROFILES.get(bytecode);
                int notTaken = argument.asBranchProfile().index() * 2 + 1;
                if (notTaken < profiles.length && profiles[notTaken] == 0) {
                    profiles[notTaken] = 1;
                }
            }
        }
        return true;
    }

    private static VarHandle findProfiles() {
        try {
            Class<?> cached = Class.forName(PBytecodeRootNode.class.getName() + "Gen$CachedBytecodeNode");
            return MethodHandles.privateLookupIn(cached, MethodHandles.lookup()).findVarHandle(cached, "branchProfiles_", int[].class);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}
