package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.os.PDirEntry;

/** os.DirEntry: name, path, is_dir/is_file/is_symlink, stat, inode, __fspath__. */
public final class DirEntryBuiltins {
    private DirEntryBuiltins() {
    }

    static PDirEntry self(Object o) {
        if (o instanceof PDirEntry e) {
            return e;
        }
        throw PythonErrors.typeError("descriptor requires a 'posix.DirEntry' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return self(self).name();
        }
    }

    @Builtin(name = "path", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class PathNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doPath(Object self, Object value) {
            return self(self).path();
        }
    }

    @Builtin(name = "__fspath__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FspathNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFspath(Object self) {
            return self(self).path();
        }
    }

    @Builtin(name = "is_dir", params = {"self"}, kwOnly = {"follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class IsDirNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsDir(Object self, Object follow) {
            return self(self).isDir(ScandirBuiltins.follow(follow));
        }
    }

    @Builtin(name = "is_file", params = {"self"}, kwOnly = {"follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class IsFileNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsFile(Object self, Object follow) {
            return self(self).isFile(ScandirBuiltins.follow(follow));
        }
    }

    @Builtin(name = "is_symlink", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSymlinkNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsSymlink(Object self) {
            return self(self).isSymlink();
        }
    }

    @Builtin(name = "is_junction", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsJunctionNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsJunction(Object self) {
            self(self);
            return false;
        }
    }

    @Builtin(name = "stat", params = {"self"}, kwOnly = {"follow_symlinks"})
    @GenerateNodeFactory
    public abstract static class StatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStat(Object self, Object follow) {
            return self(self).stat(ScandirBuiltins.follow(follow));
        }
    }

    @Builtin(name = "inode", params = {"self"})
    @GenerateNodeFactory
    public abstract static class InodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInode(Object self) {
            return self(self).inode();
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            return "<DirEntry " + dev.taipan.runtime.abstractops.PyObjectStr.repr(self(self).name()) + ">";
        }
    }
}
