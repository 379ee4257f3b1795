package dev.taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.taipan.tests.support.CPython;
import dev.taipan.tests.support.RunResult;
import dev.taipan.tests.support.Taipan;

/**
 * Taipan's own dis module: it shows Bytecode DSL instructions (not CPython's bytecode, so no
 * differential test can cover this part) and, after warm-up, how the interpreter quickened them.
 */
class DisTest {
    private static RunResult run(String code) {
        return CPython.Processes.run(List.of(Taipan.distribution().resolve("bin/taipan").toString(), "-c", code), null, null);
    }

    private static final String LOOP = """
                    import dis
                    class Capture:
                        def __init__(self): self.parts = []
                        def write(self, s): self.parts.append(s)
                        def getvalue(self): return ''.join(self.parts)
                    def f(n):
                        t = 0
                        for i in range(n):
                            t += i
                        return t
                    """;

    @Test
    void listsInstructionsWithSourceLines() {
        RunResult r = run(LOOP + """
                        ins = list(dis.get_instructions(f))
                        print(ins[0].opname, ins[-1].opname)
                        print(sorted({i.starts_line for i in ins if i.starts_line}))
                        print(any(i.opname == 'FOR_ITERATE' and i.argrepr == 'i' for i in ins))
                        print(any(i.is_jump_target for i in ins))
                        """);
        assertEquals("LOAD_ARGUMENT RETURN\n[6, 7, 8, 9, 10]\nTrue\nTrue\n", r.stdout(), r.stderr());
    }

    @Test
    void showsQuickenedInstructionsAfterWarmUp() {
        RunResult r = run(LOOP + """
                        def text(**kw):
                            out = Capture()
                            dis.dis(f, file=out, **kw)
                            return out.getvalue()
                        cold = text(adaptive=True)
                        for _ in range(30):
                            f(1000)
                        warm = text(adaptive=True)
                        print('uncached tier' in cold, 'cached tier' in warm)
                        print('$Long' in cold, 'InplaceAccumulate$Long' in warm, '$Long' in warm)
                        print(text() == text(adaptive=False), 'LOAD_LOCAL' in text())
                        """);
        assertEquals("True True\nFalse True True\nTrue True\n", r.stdout(), r.stderr());
    }

    /**
     * A for loop's exit branch counts as seen before the loop first ends (bytecode/LoopExits), so
     * a generator compiled mid-way keeps its exit instead of deoptimising there; a while loop's
     * condition keeps the plain profile. The dump shows each branch's probability of being taken.
     */
    @Test
    void forLoopExitIsExpectedBeforeTheLoopEnds() {
        RunResult r = run("""
                        import _taipan
                        def counting(n):
                            for i in range(n):
                                yield i
                        def waiting(n):
                            i = 0
                            while i < n:
                                yield i
                                i += 1
                        for g in (counting, waiting):
                            it = g(10**6)
                            for _ in range(100):
                                next(it)
                            exits = [line for line in _taipan.dump_code(g).splitlines() if ' branch.false' in line]
                            print(g.__name__, len(exits), [line.split('branch_profile(')[1].split(')')[0].split(':')[1] for line in exits])
                        """);
        assertEquals("counting 1 ['0.99']\nwaiting 1 ['1.00']\n", r.stdout(), r.stderr());
    }

    @Test
    void disassemblesSourceClassesAndNestedCode() {
        RunResult r = run("""
                        import dis
                        class Capture:
                            def __init__(self): self.parts = []
                            def write(self, s): self.parts.append(s)
                            def getvalue(self): return ''.join(self.parts)
                        class C:
                            def m(self):
                                return [x for x in range(3)]
                        out = Capture()
                        dis.dis(C, file=out)
                        s = out.getvalue()
                        print('Disassembly of m:' in s, 'Disassembly of <code object <listcomp>' in s)
                        out = Capture()
                        dis.dis('a = 1 + 2', file=out)
                        print('STORE_NAME' in out.getvalue())
                        """);
        assertEquals("True True\nTrue\n", r.stdout(), r.stderr());
        assertTrue(r.stderr().isEmpty(), r.stderr());
    }
}
