package dev.taipan.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.runtime.match.PatternMatching;
import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.objects.PNone;

/**
 * The match statement (PEP 634). Each case's pattern compiles to one boolean expression: the
 * structural checks (MatchSequence, MatchMapping, MatchClass) yield the values their
 * sub-patterns test, chained with short-circuit AND/OR. Captured names go to temporaries first
 * and are bound only when the whole pattern matched (then the guard runs), as in CPython.
 */
final class PatternCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;
    /** The current case's capture temporaries by name. */
    private Map<String, BytecodeLocal> captures;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    void emitMatch(Stmt.Match m) {
        b.beginBlock();
        BytecodeLabel end = b.createLabel();
        BytecodeLocal subject = g.newTemp();
        b.beginStoreLocal(subject);
        g.exprs.emit(m.subject());
        b.endStoreLocal();
        g.conditionalDepth++;
        for (MatchCase c : m.cases()) {
            captures = new LinkedHashMap<>();
            for (String name : boundNames(c.pattern())) {
                captures.put(name, g.newTemp());
            }
            g.emitLineEvent(c.pattern());
            b.beginIfThen();
            b.beginToBool();
            emitPattern(c.pattern(), () -> b.emitLoadLocal(subject));
            b.endToBool();
            b.beginBlock();
            for (Map.Entry<String, BytecodeLocal> e : captures.entrySet()) {
                g.emitStoreName(e.getKey(), () -> b.emitLoadLocal(e.getValue()));
            }
            if (c.guard() != null) {
                b.beginIfThen();
                g.exprs.emitCondition(c.guard());
                emitCaseBody(c, end);
                b.endIfThen();
            } else {
                emitCaseBody(c, end);
            }
            b.endBlock();
            b.endIfThen();
        }
        g.conditionalDepth--;
        b.emitLabel(end);
        b.endBlock();
    }

    private void emitCaseBody(MatchCase c, BytecodeLabel end) {
        b.beginBlock();
        g.stmts.emitBody(c.body());
        b.emitBranch(end);
        b.endBlock();
    }

    /** Emits a boolean: whether the value {@code subject} emits matches {@code p}. */
    private void emitPattern(Pattern p, Runnable subject) {
        switch (p) {
            case Pattern.MatchValue v -> {
                b.beginMatchValue();
                subject.run();
                g.exprs.emit(v.value());
                b.endMatchValue();
            }
            case Pattern.MatchSingleton s -> {
                b.beginMatchIdentity();
                subject.run();
                b.emitLoadConstant(s.value() == ConstantSingleton.NONE ? PNone.NONE : s.value());
                b.endMatchIdentity();
            }
            case Pattern.MatchAs as -> emitAs(as, subject);
            case Pattern.MatchOr or -> {
                b.beginBoolOr();
                for (Pattern alt : or.patterns()) {
                    emitPattern(alt, subject);
                }
                b.endBoolOr();
            }
            case Pattern.MatchSequence seq -> emitSequence(seq, subject);
            case Pattern.MatchMapping map -> emitMapping(map, subject);
            case Pattern.MatchClass cls -> emitClass(cls, subject);
            case Pattern.MatchStar star -> throw g.errors().at(star, "can't use starred expression here");
        }
    }

    private void emitAs(Pattern.MatchAs as, Runnable subject) {
        if (as.name() == null && as.pattern() == null) {
            b.emitLoadConstant(true);
            return;
        }
        b.beginBoolAnd();
        if (as.pattern() != null) {
            emitPattern(as.pattern(), subject);
        }
        emitCapture(as.name(), subject);
        b.endBoolAnd();
    }

    /** Stores the subject in the name's temporary; true. */
    private void emitCapture(String name, Runnable subject) {
        b.beginBlock();
        if (name != null) {
            b.beginStoreLocal(captures.get(name));
            subject.run();
            b.endStoreLocal();
        }
        b.emitLoadConstant(true);
        b.endBlock();
    }

    private void emitSequence(Pattern.MatchSequence seq, Runnable subject) {
        List<Pattern> items = seq.patterns();
        int star = -1;
        boolean onlyWildcards = true;
        boolean starWildcard = false;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Pattern.MatchStar s) {
                star = i;
                starWildcard = s.name() == null;
                onlyWildcards &= starWildcard;
            } else {
                onlyWildcards &= isWildcard(items.get(i));
            }
        }
        // as CPython: wildcards only need the length; with a wildcard star the items are indexed
        // (a sequence may be endless or huge); otherwise the subject is unpacked by iteration
        int access = onlyWildcards ? PatternMatching.ACCESS_NONE : starWildcard ? PatternMatching.ACCESS_INDEX : PatternMatching.ACCESS_ITERATE;
        BytecodeLocal values = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(values);
        b.beginMatchSequence(items.size(), star, access);
        subject.run();
        b.endMatchSequence();
        b.endStoreLocal();
        b.beginBoolAnd();
        emitSucceeded(values);
        for (int i = 0; i < items.size(); i++) {
            Runnable item = itemOf(values, i);
            if (items.get(i) instanceof Pattern.MatchStar s) {
                emitCapture(s.name(), item);
            } else if (!isWildcard(items.get(i))) {
                emitPattern(items.get(i), item);
            }
        }
        b.endBoolAnd();
        b.endBlock();
    }

    private void emitMapping(Pattern.MatchMapping map, Runnable subject) {
        BytecodeLocal keys = g.newTemp();
        BytecodeLocal values = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(keys);
        b.beginBuildTuple();
        for (Expr k : map.keys()) {
            g.exprs.emit(k);
        }
        b.endBuildTuple();
        b.endStoreLocal();
        b.beginStoreLocal(values);
        b.beginMatchMapping();
        subject.run();
        b.emitLoadLocal(keys);
        b.endMatchMapping();
        b.endStoreLocal();
        b.beginBoolAnd();
        emitSucceeded(values);
        for (int i = 0; i < map.patterns().size(); i++) {
            if (!isWildcard(map.patterns().get(i))) {
                emitPattern(map.patterns().get(i), itemOf(values, i));
            }
        }
        if (map.rest() != null) {
            emitCapture(map.rest(), () -> {
                b.beginMatchMappingRest();
                subject.run();
                b.emitLoadLocal(keys);
                b.endMatchMappingRest();
            });
        }
        b.endBoolAnd();
        b.endBlock();
    }

    private void emitClass(Pattern.MatchClass cls, Runnable subject) {
        BytecodeLocal values = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(values);
        b.beginMatchClass(cls.patterns().size(), cls.kwdAttrs().toArray(new String[0]));
        subject.run();
        g.exprs.emit(cls.cls());
        b.endMatchClass();
        b.endStoreLocal();
        b.beginBoolAnd();
        emitSucceeded(values);
        List<Pattern> all = new ArrayList<>(cls.patterns());
        all.addAll(cls.kwdPatterns());
        for (int i = 0; i < all.size(); i++) {
            if (!isWildcard(all.get(i))) {
                emitPattern(all.get(i), itemOf(values, i));
            }
        }
        b.endBoolAnd();
        b.endBlock();
    }

    private void emitSucceeded(BytecodeLocal values) {
        b.beginMatchSucceeded();
        b.emitLoadLocal(values);
        b.endMatchSucceeded();
    }

    private Runnable itemOf(BytecodeLocal values, int i) {
        return () -> {
            b.beginGetItem();
            b.emitLoadLocal(values);
            b.emitLoadConstant((long) i);
            b.endGetItem();
        };
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private static boolean isIrrefutable(Pattern p) {
        return PatternChecks.isIrrefutable(p);
    }

    private Set<String> boundNames(Pattern p) {
        return PatternChecks.boundNames(p, (message, at) -> g.errors().at(at, message));
    }
}
