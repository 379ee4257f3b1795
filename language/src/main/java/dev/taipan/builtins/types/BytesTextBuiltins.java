package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.bytes.ByteCType;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.objects.PNone;

/**
 * The ASCII text methods of bytes and bytearray: case mapping, padding and character-class
 * predicates (bytes outside ASCII have no case and belong to no class).
 */
public final class BytesTextBuiltins {
    private BytesTextBuiltins() {
    }

    abstract static class Transform extends PythonUnaryBuiltinNode {
        byte[] apply(@SuppressWarnings("unused") byte[] a) {
            throw new IllegalStateException();
        }

        @Specialization
        Object doTransform(Object self) {
            return BytesArgs.wrap(self, apply(BytesArgs.data(self, BytesArgs.methodName(this, self))));
        }
    }

    @Builtin(name = "lower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends Transform {
        @Override
        byte[] apply(byte[] a) {
            return ByteCType.lower(a);
        }
    }

    @Builtin(name = "upper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends Transform {
        @Override
        byte[] apply(byte[] a) {
            return ByteCType.upper(a);
        }
    }

    @Builtin(name = "swapcase", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapCaseNode extends Transform {
        @Override
        byte[] apply(byte[] a) {
            return ByteCType.swapcase(a);
        }
    }

    @Builtin(name = "capitalize", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends Transform {
        @Override
        byte[] apply(byte[] a) {
            return ByteCType.capitalize(a);
        }
    }

    @Builtin(name = "title", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends Transform {
        @Override
        byte[] apply(byte[] a) {
            return ByteCType.title(a);
        }
    }

    // ---------------------------------------------------------------- padding

    @Builtin(name = "center", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCenter(Object self, Object width, Object fill) {
            byte[] a = BytesArgs.data(self, "center");
            int w = BytesArgs.width(width);
            byte f = BytesArgs.fill(fill, "center");
            return BytesArgs.wrapMaybeSame(self, a, BytesOps.center(a, w, f));
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doLJust(Object self, Object width, Object fill) {
            byte[] a = BytesArgs.data(self, "ljust");
            int marg = BytesArgs.width(width) - a.length;
            byte f = BytesArgs.fill(fill, "ljust");
            return BytesArgs.wrapMaybeSame(self, a, marg <= 0 ? a : BytesOps.pad(a, 0, marg, f));
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doRJust(Object self, Object width, Object fill) {
            byte[] a = BytesArgs.data(self, "rjust");
            int marg = BytesArgs.width(width) - a.length;
            byte f = BytesArgs.fill(fill, "rjust");
            return BytesArgs.wrapMaybeSame(self, a, marg <= 0 ? a : BytesOps.pad(a, marg, 0, f));
        }
    }

    @Builtin(name = "zfill", params = {"self", "width"})
    @GenerateNodeFactory
    public abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doZFill(Object self, Object width) {
            byte[] a = BytesArgs.data(self, "zfill");
            return BytesArgs.wrapMaybeSame(self, a, BytesOps.zfill(a, BytesArgs.width(width)));
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doExpandTabs(Object self, Object tabsize) {
            byte[] a = BytesArgs.data(self, "expandtabs");
            int tab = tabsize == PNone.NO_VALUE ? 8 : BytesArgs.width(tabsize);
            return BytesArgs.wrap(self, BytesOps.expandtabs(a, tab));
        }
    }

    // ---------------------------------------------------------------- predicates

    abstract static class ClassTest extends PythonUnaryBuiltinNode {
        ByteCType.Predicate predicate() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doTest(Object self) {
            return ByteCType.all(BytesArgs.data(self, BytesArgs.methodName(this, self)), predicate());
        }
    }

    @Builtin(name = "isalnum", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends ClassTest {
        @Override
        ByteCType.Predicate predicate() {
            return ByteCType.Predicate.ALNUM;
        }
    }

    @Builtin(name = "isalpha", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends ClassTest {
        @Override
        ByteCType.Predicate predicate() {
            return ByteCType.Predicate.ALPHA;
        }
    }

    @Builtin(name = "isdigit", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends ClassTest {
        @Override
        ByteCType.Predicate predicate() {
            return ByteCType.Predicate.DIGIT;
        }
    }

    @Builtin(name = "isspace", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends ClassTest {
        @Override
        ByteCType.Predicate predicate() {
            return ByteCType.Predicate.SPACE;
        }
    }

    @Builtin(name = "isascii", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsAscii(Object self) {
            return ByteCType.isAscii(BytesArgs.data(self, "isascii"));
        }
    }

    @Builtin(name = "islower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsLower(Object self) {
            return ByteCType.isLower(BytesArgs.data(self, "islower"));
        }
    }

    @Builtin(name = "isupper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsUpper(Object self) {
            return ByteCType.isUpper(BytesArgs.data(self, "isupper"));
        }
    }

    @Builtin(name = "istitle", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsTitle(Object self) {
            return ByteCType.isTitle(BytesArgs.data(self, "istitle"));
        }
    }
}
