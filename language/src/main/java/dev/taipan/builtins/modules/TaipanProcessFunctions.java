package dev.taipan.builtins.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.ForkExec;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.PathArgs;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _taipan.fork_exec}: the part of {@code _posixsubprocess.fork_exec} done in Java. */
public final class TaipanProcessFunctions {
    private TaipanProcessFunctions() {
    }

    /**
     * fork_exec(args, executables, cwd, env, p2cread, c2pwrite, errwrite, errpipe_write): tuples of
     * bytes for args, executables and env ({@code b"KEY=VALUE"}, or None to inherit).
     */
    @Builtin(name = "fork_exec", params = {"args", "executables", "cwd", "env", "p2cread", "c2pwrite", "errwrite", "errpipe_write"})
    @GenerateNodeFactory
    public abstract static class ForkExecNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object[] p) {
            List<String> args = strings(p[0], "args");
            List<String> exes = strings(p[1], "executable");
            String cwd = p[2] == PNone.NONE ? null : PathArgs.toJava(p[2], "fork_exec", "cwd");
            Map<String, String> env = null;
            if (p[3] != PNone.NONE) {
                env = new LinkedHashMap<>();
                for (String kv : strings(p[3], "env")) {
                    int eq = kv.indexOf('=', 1);
                    env.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
                }
            }
            if (args.isEmpty()) {
                args.add("");
            }
            try {
                return ForkExec.start(args, exes, cwd, env, fd(p[4]), fd(p[5]), fd(p[6]), fd(p[7]));
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
        }

        private static List<String> strings(Object seq, String what) {
            List<String> out = new ArrayList<>();
            for (Object o : ((PTuple) seq).items()) {
                out.add(PathArgs.toJava(o, "fork_exec", what));
            }
            return out;
        }

        private static int fd(Object o) {
            return (int) PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
        }
    }
}
