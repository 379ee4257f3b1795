package dev.taipan.compiler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Node;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;

/**
 * The match statement's compile-time rules (CPython's compiler errors), run by the symbol table
 * so that they are found when the source is compiled: unreachable cases, duplicate captures,
 * alternatives binding different names, two stars in a sequence pattern, repeated mapping keys
 * and class pattern keywords, f-strings where only literals may be.
 */
final class PatternChecks {
    private PatternChecks() {
    }

    /** Makes the SyntaxError for a message at a node. */
    interface Errors extends BiFunction<String, Node, RuntimeException> {
    }

    static void check(Stmt.Match m, Errors errors) {
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            boundNames(c.pattern(), errors);
            if (i < cases.size() - 1 && c.guard() == null && isIrrefutable(c.pattern())) {
                throw errors.apply(unreachableMessage(c.pattern()), c.pattern());
            }
        }
    }

    static boolean isIrrefutable(Pattern p) {
        return switch (p) {
            case Pattern.MatchAs as -> as.pattern() == null || isIrrefutable(as.pattern());
            case Pattern.MatchOr or -> or.patterns().stream().anyMatch(PatternChecks::isIrrefutable);
            default -> false;
        };
    }

    private static String unreachableMessage(Pattern p) {
        if (p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() != null) {
            return "name capture '" + as.name() + "' makes remaining patterns unreachable";
        }
        if (p instanceof Pattern.MatchAs as && as.pattern() != null) {
            return unreachableMessage(as.pattern());
        }
        if (p instanceof Pattern.MatchOr or) {
            for (Pattern alt : or.patterns()) {
                if (isIrrefutable(alt)) {
                    return unreachableMessage(alt);
                }
            }
        }
        return "wildcard makes remaining patterns unreachable";
    }

    /** The names a pattern binds, in order of appearance. */
    static Set<String> boundNames(Pattern p, Errors errors) {
        Set<String> names = new LinkedHashSet<>();
        collect(p, names, errors);
        return names;
    }

    private static void collect(Pattern p, Set<String> names, Errors errors) {
        switch (p) {
            case Pattern.MatchAs as -> {
                if (as.pattern() != null) {
                    collect(as.pattern(), names, errors);
                }
                add(as.name(), names, p, errors);
            }
            case Pattern.MatchStar s -> add(s.name(), names, p, errors);
            case Pattern.MatchSequence seq -> {
                boolean starSeen = false;
                for (Pattern q : seq.patterns()) {
                    if (q instanceof Pattern.MatchStar) {
                        if (starSeen) {
                            throw errors.apply("multiple starred names in sequence pattern", q);
                        }
                        starSeen = true;
                    }
                    collect(q, names, errors);
                }
            }
            case Pattern.MatchMapping map -> {
                checkLiteralKeys(map, errors);
                for (Pattern q : map.patterns()) {
                    collect(q, names, errors);
                }
                add(map.rest(), names, p, errors);
            }
            case Pattern.MatchClass cls -> {
                checkKeywordAttributes(cls, errors);
                for (Pattern q : cls.patterns()) {
                    collect(q, names, errors);
                }
                for (Pattern q : cls.kwdPatterns()) {
                    collect(q, names, errors);
                }
            }
            case Pattern.MatchOr or -> {
                Set<String> first = null;
                for (int i = 0; i < or.patterns().size(); i++) {
                    Pattern alt = or.patterns().get(i);
                    if (i < or.patterns().size() - 1 && isIrrefutable(alt)) {
                        throw errors.apply(unreachableMessage(alt), alt);
                    }
                    Set<String> these = new LinkedHashSet<>();
                    collect(alt, these, errors);
                    if (first == null) {
                        first = these;
                    } else if (!first.equals(these)) {
                        throw errors.apply("alternative patterns bind different names", alt);
                    }
                }
                for (String n : first) {
                    add(n, names, p, errors);
                }
            }
            case Pattern.MatchValue v -> {
                if (v.value() instanceof Expr.JoinedStr) {
                    throw errors.apply("patterns may only match literals and attribute lookups", v.value());
                }
            }
            case Pattern.MatchSingleton s -> {
            }
        }
    }

    /** Two equal literal keys, or an f-string key: CPython refuses them at compile time. */
    private static void checkLiteralKeys(Pattern.MatchMapping map, Errors errors) {
        Set<Object> seen = new java.util.HashSet<>();
        for (Expr key : map.keys()) {
            if (key instanceof Expr.JoinedStr) {
                throw errors.apply("mapping pattern keys may only match literals and attribute lookups", map);
            }
            LiteralKey literal = LiteralKey.of(key);
            if (literal != null && !seen.add(literal.value())) {
                throw errors.apply("mapping pattern checks duplicate key (" + literal.repr() + ")", map);
            }
        }
    }

    /** {@code C(x=1, x=2)}: CPython refuses a keyword given twice at the repeated keyword's pattern. */
    private static void checkKeywordAttributes(Pattern.MatchClass cls, Errors errors) {
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < cls.kwdAttrs().size(); i++) {
            if (!seen.add(cls.kwdAttrs().get(i))) {
                throw errors.apply("attribute name repeated in class pattern: " + cls.kwdAttrs().get(i), cls.kwdPatterns().get(i));
            }
        }
    }

    private static void add(String name, Set<String> names, Pattern at, Errors errors) {
        if (name != null && !names.add(name)) {
            throw errors.apply("multiple assignments to name '" + name + "' in pattern", at);
        }
    }
}
