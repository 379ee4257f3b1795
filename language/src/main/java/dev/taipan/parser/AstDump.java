package dev.taipan.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.parser.ast.BoolOperator;
import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.ImaginaryConstant;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.UnaryOperator;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.numbers.ComplexMath;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.strings.StringOps;

/**
 * The AST as CPython 3.12's {@code ast.dump(tree)} prints it: {@code Module(body=[Expr(value=
 * Name(id='x', ctx=Load()))], type_ignores=[])}. The AST records mirror CPython's classes, so
 * this walks their components by reflection; it only renames what Java spells differently
 * (camelCase fields, the {@code isAsync}/{@code isStar} flags that CPython expresses as
 * separate classes) and, like ast.dump, omits optional fields that are None.
 */
public final class AstDump {
    private AstDump() {
    }

    /** Java record names that differ from CPython's class names. */
    private static final Map<String, String> CLASS_NAMES = Map.of("ExprStmt", "Expr", "ListExpr", "List", "Arguments", "arguments", "Comprehension", "comprehension",
                    "Keyword", "keyword", "Arg", "arg", "Alias", "alias", "WithItem", "withitem", "MatchCase", "match_case");

    /** Fields that may be None in CPython's grammar (ASDL {@code ?}); dump leaves them out when absent. */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("returns", "asname", "annotation", "vararg", "kwarg", "value", "optional_vars", "exc", "cause",
                    "msg", "type", "name", "lower", "upper", "step", "format_spec", "kind", "guard", "pattern", "rest", "bound", "module", "arg");

    /** Fields whose None is a real value (Constant(value=None)). */
    private static final java.util.Set<String> ALWAYS_SHOWN = java.util.Set.of("Constant.value", "MatchSingleton.value");

    @TruffleBoundary
    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, null);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, String owner) {
        if (v == null || v == ConstantSingleton.NONE) {
            sb.append("None");
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, list.get(i), owner);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append(StringOps.repr(s));
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(FloatRepr.repr(d));
        } else if (v instanceof ImaginaryConstant im) {
            sb.append(ComplexMath.repr(0.0, im.imag()));
        } else if (v instanceof BytesConstant b) {
            sb.append(BytesOps.repr(b.bytes(), b.bytes().length));
        } else if (v == ConstantSingleton.ELLIPSIS) {
            sb.append("Ellipsis");
        } else if (v instanceof Operator op) {
            sb.append(op.astName).append("()");
        } else if (v instanceof BoolOperator op) {
            sb.append(op.astName).append("()");
        } else if (v instanceof UnaryOperator op) {
            sb.append(op.astName).append("()");
        } else if (v instanceof CmpOperator op) {
            sb.append(op.astName).append("()");
        } else if (v instanceof ExprContext ctx) {
            String n = ctx.name();
            sb.append(n.charAt(0)).append(n.substring(1).toLowerCase()).append("()");
        } else if (v instanceof Record r) {
            writeNode(sb, r);
        } else {
            sb.append(v);
        }
    }

    private static void writeNode(StringBuilder sb, Record node) {
        String javaName = node.getClass().getSimpleName();
        String name = className(node, javaName);
        sb.append(name).append('(');
        boolean first = true;
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            String field = c.getName();
            if (field.equals("start") || field.equals("end") || field.equals("isStar") || (field.equals("isAsync") && !(node instanceof Comprehension))) {
                continue;
            }
            Object value = get(c, node);
            String pyField = snakeCase(field);
            if (node instanceof dev.taipan.parser.ast.Mod.Expression) {
                pyField = "body";
            }
            if (value == null && OPTIONAL.contains(pyField) && !ALWAYS_SHOWN.contains(name + "." + pyField)) {
                continue;
            }
            if (value instanceof Boolean b && (pyField.equals("is_async") || pyField.equals("simple"))) {
                value = b ? 1L : 0L;
            }
            if (node instanceof dev.taipan.parser.ast.Expr.FormattedValue && pyField.equals("conversion")) {
                value = ((Number) value).longValue();
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(pyField).append('=');
            write(sb, value, name);
        }
        if (node instanceof dev.taipan.parser.ast.Mod.Module) {
            sb.append(", type_ignores=[]");
        }
        sb.append(')');
    }

    private static String className(Record node, String javaName) {
        if (node instanceof Stmt.FunctionDef f && f.isAsync()) {
            return "AsyncFunctionDef";
        } else if (node instanceof Stmt.For f && f.isAsync()) {
            return "AsyncFor";
        } else if (node instanceof Stmt.With w && w.isAsync()) {
            return "AsyncWith";
        } else if (node instanceof Stmt.Try t && t.isStar()) {
            return "TryStar";
        }
        return CLASS_NAMES.getOrDefault(javaName, javaName);
    }

    private static Object get(RecordComponent c, Record node) {
        try {
            return c.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** decoratorList -> decorator_list. */
    private static String snakeCase(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
