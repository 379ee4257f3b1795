package dev.taipan.builtins.modules;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PySequenceContains;
import dev.taipan.runtime.objects.PNone;

/**
 * The object-protocol functions of {@code _operator}: {@code index}, {@code truth}/{@code not_},
 * {@code contains} and item access. The pure-Python fallbacks in operator.py differ in their
 * errors (operator.index(1.5) would raise AttributeError there instead of TypeError).
 */
public final class OperatorObjects {
    private OperatorObjects() {
    }

    @Builtin(name = "index", params = {"a"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberConvert.index(a);
        }
    }

    @Builtin(name = "truth", params = {"a"})
    @GenerateNodeFactory
    public abstract static class TruthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyObjectIsTrue.execute(a);
        }
    }

    @Builtin(name = "not_", params = {"a"})
    @GenerateNodeFactory
    public abstract static class NotNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return !PyObjectIsTrue.execute(a);
        }
    }

    @Builtin(name = "contains", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PySequenceContains.contains(a, b);
        }
    }

    @Builtin(name = "getitem", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectItems.getItem(a, b);
        }
    }

    @Builtin(name = "setitem", params = {"a", "b", "c"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b, Object c) {
            PyObjectItems.setItem(a, b, c);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delitem", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            PyObjectItems.delItem(a, b);
            return PNone.NONE;
        }
    }
}
