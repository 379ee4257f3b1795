package dev.taipan.runtime.types;

/**
 * Every type the VM defines itself, in the order of definition (a base comes before its
 * subclasses). A context creates the {@link PythonClass} for each lazily; the methods of a type
 * come from the builtin node classes registered in {@code dev.taipan.builtins.BuiltinRegistry}.
 */
public enum BuiltinType {
    OBJECT("object", null, Flags.BASETYPE),
    TYPE("type", OBJECT, Flags.BASETYPE | Flags.HAS_DICT),
    INT("int", OBJECT, Flags.BASETYPE),
    BOOL("bool", INT, 0),
    FLOAT("float", OBJECT, Flags.BASETYPE),
    COMPLEX("complex", OBJECT, Flags.BASETYPE),
    STR("str", OBJECT, Flags.BASETYPE),
    BYTES("bytes", OBJECT, Flags.BASETYPE),
    BYTEARRAY("bytearray", OBJECT, Flags.BASETYPE),
    MEMORYVIEW("memoryview", OBJECT, Flags.SEQUENCE),
    TUPLE("tuple", OBJECT, Flags.BASETYPE | Flags.SEQUENCE),
    LIST("list", OBJECT, Flags.BASETYPE | Flags.SEQUENCE),
    DICT("dict", OBJECT, Flags.BASETYPE | Flags.MAPPING),
    SET("set", OBJECT, Flags.BASETYPE),
    FROZENSET("frozenset", OBJECT, Flags.BASETYPE),
    RANGE("range", OBJECT, Flags.SEQUENCE),
    SLICE("slice", OBJECT, 0),
    NONE_TYPE("NoneType", OBJECT, 0),
    NOT_IMPLEMENTED_TYPE("NotImplementedType", OBJECT, 0),
    ELLIPSIS_TYPE("ellipsis", OBJECT, 0),
    FUNCTION("function", OBJECT, Flags.HAS_DICT),
    BUILTIN_FUNCTION("builtin_function_or_method", OBJECT, 0),
    METHOD_DESCRIPTOR("method_descriptor", OBJECT, 0),
    WRAPPER_DESCRIPTOR("wrapper_descriptor", OBJECT, 0),
    METHOD("method", OBJECT, 0),
    GETSET_DESCRIPTOR("getset_descriptor", OBJECT, 0),
    MEMBER_DESCRIPTOR("member_descriptor", OBJECT, 0),
    CLASSMETHOD_DESCRIPTOR("classmethod_descriptor", OBJECT, 0),
    PROPERTY("property", OBJECT, Flags.BASETYPE),
    CLASSMETHOD("classmethod", OBJECT, Flags.BASETYPE | Flags.HAS_DICT),
    STATICMETHOD("staticmethod", OBJECT, Flags.BASETYPE | Flags.HAS_DICT),
    SUPER("super", OBJECT, Flags.BASETYPE),
    CODE("code", OBJECT, 0),
    CELL("cell", OBJECT, 0),
    FRAME("frame", OBJECT, 0),
    TRACEBACK("traceback", OBJECT, 0),
    MODULE("module", OBJECT, Flags.BASETYPE | Flags.HAS_DICT),
    MAPPINGPROXY("mappingproxy", OBJECT, 0),
    GENERATOR("generator", OBJECT, 0),
    COROUTINE("coroutine", OBJECT, 0),
    COROUTINE_WRAPPER("coroutine_wrapper", OBJECT, 0),
    ASYNC_GENERATOR("async_generator", OBJECT, 0),
    ASYNC_GENERATOR_ASEND("async_generator_asend", OBJECT, 0),
    ASYNC_GENERATOR_ATHROW("async_generator_athrow", OBJECT, 0),
    SIMPLE_NAMESPACE("SimpleNamespace", OBJECT, Flags.BASETYPE | Flags.HAS_DICT, "types"),
    GENERIC_ALIAS("GenericAlias", OBJECT, Flags.BASETYPE, "types"),
    GENERIC_ALIAS_ITERATOR("generic_alias_iterator", OBJECT, 0),
    WEAKREF("ReferenceType", OBJECT, Flags.BASETYPE, "weakref"),
    ABC_DATA("_abc_data", OBJECT, 0, "_abc"),
    LOCK("lock", OBJECT, 0, "_thread"),
    RLOCK("RLock", OBJECT, Flags.BASETYPE, "_thread"),
    DEQUE("deque", OBJECT, Flags.BASETYPE | Flags.SEQUENCE, "collections"),
    DEQUE_ITERATOR("_deque_iterator", OBJECT, 0, "collections"),
    DEQUE_REVERSE_ITERATOR("_deque_reverse_iterator", OBJECT, 0, "collections"),
    DEFAULTDICT("defaultdict", DICT, Flags.BASETYPE | Flags.MAPPING, "collections"),
    TUPLEGETTER("_tuplegetter", OBJECT, 0, "_collections"),
    IT_COUNT("count", OBJECT, Flags.BASETYPE, "itertools"),
    IT_REPEAT("repeat", OBJECT, Flags.BASETYPE, "itertools"),
    IT_CYCLE("cycle", OBJECT, Flags.BASETYPE, "itertools"),
    IT_ACCUMULATE("accumulate", OBJECT, Flags.BASETYPE, "itertools"),
    IT_CHAIN("chain", OBJECT, Flags.BASETYPE, "itertools"),
    IT_COMPRESS("compress", OBJECT, Flags.BASETYPE, "itertools"),
    IT_DROPWHILE("dropwhile", OBJECT, Flags.BASETYPE, "itertools"),
    IT_TAKEWHILE("takewhile", OBJECT, Flags.BASETYPE, "itertools"),
    IT_FILTERFALSE("filterfalse", OBJECT, Flags.BASETYPE, "itertools"),
    IT_STARMAP("starmap", OBJECT, Flags.BASETYPE, "itertools"),
    IT_PAIRWISE("pairwise", OBJECT, Flags.BASETYPE, "itertools"),
    IT_BATCHED("batched", OBJECT, Flags.BASETYPE, "itertools"),
    IT_ZIP_LONGEST("zip_longest", OBJECT, Flags.BASETYPE, "itertools"),
    IT_ISLICE("islice", OBJECT, Flags.BASETYPE, "itertools"),
    IT_GROUPBY("groupby", OBJECT, Flags.BASETYPE, "itertools"),
    IT_GROUPER("_grouper", OBJECT, 0, "itertools"),
    IT_TEE("_tee", OBJECT, 0, "itertools"),
    IT_PRODUCT("product", OBJECT, Flags.BASETYPE, "itertools"),
    IT_COMBINATIONS("combinations", OBJECT, Flags.BASETYPE, "itertools"),
    IT_COMBINATIONS_WITH_REPLACEMENT("combinations_with_replacement", OBJECT, Flags.BASETYPE, "itertools"),
    IT_PERMUTATIONS("permutations", OBJECT, Flags.BASETYPE, "itertools"),
    SRE_PATTERN("Pattern", OBJECT, 0, "re"),
    SRE_MATCH("Match", OBJECT, 0, "re"),
    SRE_SCANNER("SRE_Scanner", OBJECT, 0, "_sre"),
    SRE_TEMPLATE("SRE_Template", OBJECT, 0, "_sre"),
    WEAKPROXY("ProxyType", OBJECT, 0, "weakref"),
    WEAKCALLABLEPROXY("CallableProxyType", OBJECT, 0, "weakref"),
    UNION_TYPE("UnionType", OBJECT, 0, "types"),
    /** Objects of other languages and the host (Java), seen through InteropLibrary. */
    FOREIGN("ForeignObject", OBJECT, 0, "polyglot"),
    STRUCT_SEQUENCE("structseq", TUPLE, Flags.BASETYPE),
    // C-level stdlib modules: _string, _struct, _random, hashes
    FORMATTER_ITERATOR("formatteriterator", OBJECT, 0),
    FIELDNAME_ITERATOR("fieldnameiterator", OBJECT, 0),
    STRUCT("Struct", OBJECT, Flags.BASETYPE, "_struct"),
    STRUCT_UNPACK_ITERATOR("unpack_iterator", OBJECT, 0, "_struct"),
    RANDOM("Random", OBJECT, Flags.BASETYPE, "_random"),
    MD5_HASH("md5", OBJECT, 0, "_md5"),
    SHA1_HASH("sha1", OBJECT, 0, "_sha1"),
    SHA224_HASH("SHA224Type", OBJECT, 0, "_sha2"),
    SHA256_HASH("SHA256Type", OBJECT, 0, "_sha2"),
    SHA384_HASH("SHA384Type", OBJECT, 0, "_sha2"),
    SHA512_HASH("SHA512Type", OBJECT, 0, "_sha2"),
    SHA3_224_HASH("sha3_224", OBJECT, 0, "_sha3"),
    SHA3_256_HASH("sha3_256", OBJECT, 0, "_sha3"),
    SHA3_384_HASH("sha3_384", OBJECT, 0, "_sha3"),
    SHA3_512_HASH("sha3_512", OBJECT, 0, "_sha3"),
    SHAKE_128_HASH("shake_128", OBJECT, 0, "_sha3"),
    SHAKE_256_HASH("shake_256", OBJECT, 0, "_sha3"),
    BLAKE2B_HASH("blake2b", OBJECT, 0, "_blake2"),
    BLAKE2S_HASH("blake2s", OBJECT, 0, "_blake2"),
    // os and io (posix and _io modules)
    DIR_ENTRY("DirEntry", OBJECT, 0, "posix"),
    SCANDIR_ITERATOR("ScandirIterator", OBJECT, 0, "posix"),
    IO_BASE("_IOBase", OBJECT, Flags.BASETYPE | Flags.HAS_DICT | Flags.NO_LAYOUT, "_io"),
    RAW_IO_BASE("_RawIOBase", IO_BASE, Flags.BASETYPE | Flags.HAS_DICT | Flags.NO_LAYOUT, "_io"),
    BUFFERED_IO_BASE("_BufferedIOBase", IO_BASE, Flags.BASETYPE | Flags.HAS_DICT | Flags.NO_LAYOUT, "_io"),
    TEXT_IO_BASE("_TextIOBase", IO_BASE, Flags.BASETYPE | Flags.HAS_DICT | Flags.NO_LAYOUT, "_io"),
    FILE_IO("FileIO", RAW_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    BYTES_IO("BytesIO", BUFFERED_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    STRING_IO("StringIO", TEXT_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    BUFFERED_READER("BufferedReader", BUFFERED_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    BUFFERED_WRITER("BufferedWriter", BUFFERED_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    BUFFERED_RANDOM("BufferedRandom", BUFFERED_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    BUFFERED_RWPAIR("BufferedRWPair", BUFFERED_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT | Flags.NO_LAYOUT, "_io"),
    TEXT_IO_WRAPPER("TextIOWrapper", TEXT_IO_BASE, Flags.BASETYPE | Flags.HAS_DICT, "_io"),
    INCREMENTAL_NEWLINE_DECODER("IncrementalNewlineDecoder", OBJECT, Flags.BASETYPE, "_io"),
    // iterators and views
    DICT_KEYS("dict_keys", OBJECT, 0),
    DICT_VALUES("dict_values", OBJECT, 0),
    DICT_ITEMS("dict_items", OBJECT, 0),
    DICT_KEYITERATOR("dict_keyiterator", OBJECT, 0),
    DICT_VALUEITERATOR("dict_valueiterator", OBJECT, 0),
    DICT_ITEMITERATOR("dict_itemiterator", OBJECT, 0),
    DICT_REVERSEKEYITERATOR("dict_reversekeyiterator", OBJECT, 0),
    DICT_REVERSEVALUEITERATOR("dict_reversevalueiterator", OBJECT, 0),
    DICT_REVERSEITEMITERATOR("dict_reverseitemiterator", OBJECT, 0),
    LIST_ITERATOR("list_iterator", OBJECT, 0),
    LIST_REVERSEITERATOR("list_reverseiterator", OBJECT, 0),
    TUPLE_ITERATOR("tuple_iterator", OBJECT, 0),
    RANGE_ITERATOR("range_iterator", OBJECT, 0),
    LONGRANGE_ITERATOR("longrange_iterator", OBJECT, 0),
    STR_ASCII_ITERATOR("str_ascii_iterator", OBJECT, 0),
    STR_ITERATOR("str_iterator", OBJECT, 0),
    BYTES_ITERATOR("bytes_iterator", OBJECT, 0),
    BYTEARRAY_ITERATOR("bytearray_iterator", OBJECT, 0),
    MEMORY_ITERATOR("memory_iterator", OBJECT, 0),
    SET_ITERATOR("set_iterator", OBJECT, 0),
    SEQUENCE_ITERATOR("iterator", OBJECT, 0),
    CALLABLE_ITERATOR("callable_iterator", OBJECT, 0),
    ENUMERATE("enumerate", OBJECT, Flags.BASETYPE),
    ZIP("zip", OBJECT, Flags.BASETYPE),
    MAP("map", OBJECT, Flags.BASETYPE),
    FILTER("filter", OBJECT, Flags.BASETYPE),
    REVERSED("reversed", OBJECT, Flags.BASETYPE),
    // exceptions
    BASE_EXCEPTION("BaseException", OBJECT, Flags.EXCEPTION),
    BASE_EXCEPTION_GROUP("BaseExceptionGroup", BASE_EXCEPTION, Flags.EXCEPTION),
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION, Flags.EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION, Flags.EXCEPTION),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION, Flags.EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION, Flags.EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION, Flags.EXCEPTION),
    FLOATING_POINT_ERROR("FloatingPointError", ARITHMETIC_ERROR, Flags.EXCEPTION),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR, Flags.EXCEPTION),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR, Flags.EXCEPTION),
    ASSERTION_ERROR("AssertionError", EXCEPTION, Flags.EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION, Flags.EXCEPTION),
    BUFFER_ERROR("BufferError", EXCEPTION, Flags.EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION, Flags.EXCEPTION),
    EXCEPTION_GROUP("ExceptionGroup", BASE_EXCEPTION_GROUP, Flags.EXCEPTION),
    IMPORT_ERROR("ImportError", EXCEPTION, Flags.EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR, Flags.EXCEPTION),
    LOOKUP_ERROR("LookupError", EXCEPTION, Flags.EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR, Flags.EXCEPTION),
    KEY_ERROR("KeyError", LOOKUP_ERROR, Flags.EXCEPTION),
    MEMORY_ERROR("MemoryError", EXCEPTION, Flags.EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION, Flags.EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR, Flags.EXCEPTION),
    OS_ERROR("OSError", EXCEPTION, Flags.EXCEPTION),
    BLOCKING_IO_ERROR("BlockingIOError", OS_ERROR, Flags.EXCEPTION),
    CHILD_PROCESS_ERROR("ChildProcessError", OS_ERROR, Flags.EXCEPTION),
    CONNECTION_ERROR("ConnectionError", OS_ERROR, Flags.EXCEPTION),
    BROKEN_PIPE_ERROR("BrokenPipeError", CONNECTION_ERROR, Flags.EXCEPTION),
    CONNECTION_ABORTED_ERROR("ConnectionAbortedError", CONNECTION_ERROR, Flags.EXCEPTION),
    CONNECTION_REFUSED_ERROR("ConnectionRefusedError", CONNECTION_ERROR, Flags.EXCEPTION),
    CONNECTION_RESET_ERROR("ConnectionResetError", CONNECTION_ERROR, Flags.EXCEPTION),
    FILE_EXISTS_ERROR("FileExistsError", OS_ERROR, Flags.EXCEPTION),
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR, Flags.EXCEPTION),
    INTERRUPTED_ERROR("InterruptedError", OS_ERROR, Flags.EXCEPTION),
    IS_A_DIRECTORY_ERROR("IsADirectoryError", OS_ERROR, Flags.EXCEPTION),
    NOT_A_DIRECTORY_ERROR("NotADirectoryError", OS_ERROR, Flags.EXCEPTION),
    PERMISSION_ERROR("PermissionError", OS_ERROR, Flags.EXCEPTION),
    PROCESS_LOOKUP_ERROR("ProcessLookupError", OS_ERROR, Flags.EXCEPTION),
    TIMEOUT_ERROR("TimeoutError", OS_ERROR, Flags.EXCEPTION),
    REFERENCE_ERROR("ReferenceError", EXCEPTION, Flags.EXCEPTION),
    RUNTIME_ERROR("RuntimeError", EXCEPTION, Flags.EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR, Flags.EXCEPTION),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR, Flags.EXCEPTION),
    STOP_ASYNC_ITERATION("StopAsyncIteration", EXCEPTION, Flags.EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION, Flags.EXCEPTION),
    SYNTAX_ERROR("SyntaxError", EXCEPTION, Flags.EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR, Flags.EXCEPTION),
    TAB_ERROR("TabError", INDENTATION_ERROR, Flags.EXCEPTION),
    SYSTEM_ERROR("SystemError", EXCEPTION, Flags.EXCEPTION),
    TYPE_ERROR("TypeError", EXCEPTION, Flags.EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION, Flags.EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR, Flags.EXCEPTION),
    UNICODE_DECODE_ERROR("UnicodeDecodeError", UNICODE_ERROR, Flags.EXCEPTION),
    UNICODE_ENCODE_ERROR("UnicodeEncodeError", UNICODE_ERROR, Flags.EXCEPTION),
    UNICODE_TRANSLATE_ERROR("UnicodeTranslateError", UNICODE_ERROR, Flags.EXCEPTION),
    WARNING("Warning", EXCEPTION, Flags.EXCEPTION),
    BYTES_WARNING("BytesWarning", WARNING, Flags.EXCEPTION),
    DEPRECATION_WARNING("DeprecationWarning", WARNING, Flags.EXCEPTION),
    ENCODING_WARNING("EncodingWarning", WARNING, Flags.EXCEPTION),
    FUTURE_WARNING("FutureWarning", WARNING, Flags.EXCEPTION),
    IMPORT_WARNING("ImportWarning", WARNING, Flags.EXCEPTION),
    PENDING_DEPRECATION_WARNING("PendingDeprecationWarning", WARNING, Flags.EXCEPTION),
    RESOURCE_WARNING("ResourceWarning", WARNING, Flags.EXCEPTION),
    RUNTIME_WARNING("RuntimeWarning", WARNING, Flags.EXCEPTION),
    SYNTAX_WARNING("SyntaxWarning", WARNING, Flags.EXCEPTION),
    UNICODE_WARNING("UnicodeWarning", WARNING, Flags.EXCEPTION),
    USER_WARNING("UserWarning", WARNING, Flags.EXCEPTION),
    // exceptions of C-level stdlib modules
    STRUCT_ERROR("error", EXCEPTION, Flags.EXCEPTION, "struct"),
    BINASCII_ERROR("Error", VALUE_ERROR, Flags.EXCEPTION, "binascii"),
    BINASCII_INCOMPLETE("Incomplete", EXCEPTION, Flags.EXCEPTION, "binascii"),
    ZLIB_ERROR("error", EXCEPTION, Flags.EXCEPTION, "zlib"),
    ZLIB_COMPRESS("Compress", OBJECT, 0, "zlib"),
    ZLIB_DECOMPRESS("Decompress", OBJECT, 0, "zlib"),
    ZLIB_DECOMPRESSOR("_ZlibDecompressor", OBJECT, Flags.BASETYPE, "zlib"),
    CSV_ERROR("Error", EXCEPTION, Flags.EXCEPTION, "_csv"),
    CSV_DIALECT("Dialect", OBJECT, Flags.BASETYPE, "_csv"),
    CSV_READER("reader", OBJECT, 0, "_csv"),
    CSV_WRITER("writer", OBJECT, 0, "_csv"),
    ARRAY("array", OBJECT, Flags.BASETYPE | Flags.SEQUENCE, "array"),
    ARRAY_ITERATOR("arrayiterator", OBJECT, 0, "array"),
    SOCKET("socket", OBJECT, Flags.BASETYPE, "_socket"),
    SOCKET_GAIERROR("gaierror", OS_ERROR, Flags.EXCEPTION, "socket"),
    SOCKET_HERROR("herror", OS_ERROR, Flags.EXCEPTION, "socket"),
    SELECT_POLL("poll", OBJECT, 0, "select");

    /** Type flags. */
    public static final class Flags {
        private Flags() {
        }

        /** Can be subclassed. */
        public static final int BASETYPE = 1;
        /** Instances have a {@code __dict__}. */
        public static final int HAS_DICT = 2;
        /** A BaseException subclass: subclassable, instances have a dict. */
        public static final int EXCEPTION = 4 | BASETYPE | HAS_DICT;
        /** Matches sequence patterns in {@code match} (CPython's Py_TPFLAGS_SEQUENCE; same bit). */
        public static final int SEQUENCE = 1 << 5;
        /** Matches mapping patterns in {@code match} (Py_TPFLAGS_MAPPING; same bit). */
        public static final int MAPPING = 1 << 6;
        /** Instances are plain objects (abstract bases like _io._IOBase add no instance layout). */
        public static final int NO_LAYOUT = 1 << 7;
        /** A user class whose instances take weak references (CPython's tp_weaklistoffset). */
        public static final int WEAKREFS = 1 << 8;
        /** Only the VM makes instances (Py_TPFLAGS_DISALLOW_INSTANTIATION): sys.flags, sys.version_info. */
        public static final int DISALLOW_INSTANTIATION = 1 << 9;
    }

    public final String pythonName;
    public final BuiltinType base;
    public final int flags;
    public final String module;

    BuiltinType(String pythonName, BuiltinType base, int flags) {
        this(pythonName, base, flags, "builtins");
    }

    BuiltinType(String pythonName, BuiltinType base, int flags, String module) {
        this.pythonName = pythonName;
        this.base = base;
        this.flags = flags;
        this.module = module;
    }

    public boolean isException() {
        return (flags & Flags.EXCEPTION) == Flags.EXCEPTION;
    }

    /** True when {@code this} is {@code other} or one of its subclasses. */
    public boolean isSubtypeOf(BuiltinType other) {
        for (BuiltinType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    private static final BuiltinType[] VALUES = values();

    public static BuiltinType[] all() {
        return VALUES;
    }
}
