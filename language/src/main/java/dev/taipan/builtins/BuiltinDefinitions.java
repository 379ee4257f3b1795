package dev.taipan.builtins;

import dev.taipan.builtins.modules.BuiltinsModule;
import dev.taipan.builtins.modules.SysModule;
import dev.taipan.builtins.modules.TaipanModule;
import static dev.taipan.runtime.types.BuiltinType.*;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import dev.taipan.builtins.types.*;
import dev.taipan.runtime.types.BuiltinType;

/** The table of builtin types and modules: one line per builtins class. */
final class BuiltinDefinitions {
    private BuiltinDefinitions() {
    }

    static void register() {
        type(OBJECT, ObjectBuiltinsFactory::getFactories);
        type(TYPE, TypeBuiltinsFactory::getFactories);
        type(TYPE, TypeLayoutBuiltinsFactory::getFactories);
        type(INT, IntBuiltinsFactory::getFactories);
        type(INT, IntOperatorsFactory::getFactories);
        type(INT, IntBytesBuiltinsFactory::getFactories);
        type(BOOL, BoolBuiltinsFactory::getFactories);
        type(FLOAT, FloatBuiltinsFactory::getFactories);
        type(FLOAT, FloatOperatorsFactory::getFactories);
        type(COMPLEX, ComplexOperatorsFactory::getFactories);
        type(COMPLEX, ComplexBuiltinsFactory::getFactories);
        type(NONE_TYPE, NoneBuiltinsFactory::getFactories);
        type(NOT_IMPLEMENTED_TYPE, NotImplementedBuiltinsFactory::getFactories);
        type(ELLIPSIS_TYPE, EllipsisBuiltinsFactory::getFactories);
        type(NONE_TYPE, one(SingletonBuiltinsFactory.NewNodeFactory.getInstance()));
        type(NOT_IMPLEMENTED_TYPE, SingletonBuiltinsFactory::getFactories);
        type(ELLIPSIS_TYPE, SingletonBuiltinsFactory::getFactories);
        type(STR, StrBuiltinsFactory::getFactories);
        type(STR, StrMethodsFactory::getFactories);
        type(STR, StrFormattingFactory::getFactories);
        type(LIST, ListBuiltinsFactory::getFactories);
        type(BYTES, BytesBuiltinsFactory::getFactories);
        type(BYTEARRAY, ByteArrayBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(BYTES, BYTEARRAY)) {
            type(t, BytesSequenceBuiltinsFactory::getFactories);
            type(t, BytesSearchBuiltinsFactory::getFactories);
            type(t, BytesTextBuiltinsFactory::getFactories);
        }
        type(MEMORYVIEW, MemoryViewBuiltinsFactory::getFactories);
        type(SET, except(SetBuiltinsFactory::getFactories, "__hash__"));
        type(FROZENSET, except(SetBuiltinsFactory::getFactories, "__init__", "add", "discard", "remove", "pop", "clear", "update", "intersection_update",
                        "difference_update", "symmetric_difference_update", "__ior__", "__iand__", "__isub__", "__ixor__"));
        // mutable containers are unhashable: __hash__ is None in their class dict
        for (BuiltinType t : List.of(LIST, DICT, SET, BYTEARRAY)) {
            BuiltinRegistry.typeAttribute(t, "__hash__", dev.taipan.runtime.objects.PNone.NONE);
        }
        type(TUPLE, TupleBuiltinsFactory::getFactories);
        type(DICT, DictBuiltinsFactory::getFactories);
        type(RANGE, RangeBuiltinsFactory::getFactories);
        type(DICT_KEYS, DictViewBuiltinsFactory::getFactories);
        type(DICT_ITEMS, DictViewBuiltinsFactory::getFactories);
        type(DICT_VALUES, except(DictViewBuiltinsFactory::getFactories, "__contains__", "__and__", "__or__", "__sub__", "__xor__", "__rand__", "__ror__", "__rsub__",
                        "__rxor__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "isdisjoint"));
        type(STRUCT_SEQUENCE, StructSeqBuiltinsFactory::getFactories);
        type(SIMPLE_NAMESPACE, SimpleNamespaceBuiltinsFactory::getFactories);
        type(MAPPINGPROXY, MappingProxyBuiltinsFactory::getFactories);
        type(FOREIGN, ForeignBuiltinsFactory::getFactories);
        type(GENERIC_ALIAS, except(GenericAliasBuiltinsFactory::getFactories, "__class_getitem__"));
        type(UNION_TYPE, UnionTypeBuiltinsFactory::getFactories);
        type(WEAKREF, WeakRefBuiltinsFactory::getFactories);
        type(WEAKPROXY, except(WeakProxyBuiltinsFactory::getFactories, "__call__"));
        type(WEAKCALLABLEPROXY, WeakProxyBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(LIST, DICT, TUPLE, SET, FROZENSET, ENUMERATE, DICT_KEYS, DICT_VALUES, DICT_ITEMS, MAPPINGPROXY)) {
            type(t, one(GenericAliasBuiltinsFactory.ClassGetItemNodeFactory.getInstance()));
        }

        type(FUNCTION, FunctionBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(FUNCTION, BASE_EXCEPTION, SIMPLE_NAMESPACE, CLASSMETHOD, STATICMETHOD)) {
            type(t, InstanceDictBuiltinsFactory::getFactories);
        }
        type(METHOD, MethodBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(BUILTIN_FUNCTION, METHOD_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR)) {
            type(t, BuiltinFunctionBuiltinsFactory::getFactories);
        }
        type(PROPERTY, PropertyBuiltinsFactory::getFactories);
        type(SUPER, SuperBuiltinsFactory::getFactories);
        type(MODULE, ModuleBuiltinsFactory::getFactories);
        type(CODE, CodeBuiltinsFactory::getFactories);
        type(CLASSMETHOD, only(MethodWrapperBuiltinsFactory::getFactories, MethodWrapperBuiltinsFactory.ClassMethodNewNodeFactory.getInstance()));
        type(STATICMETHOD, only(MethodWrapperBuiltinsFactory::getFactories, MethodWrapperBuiltinsFactory.StaticMethodNewNodeFactory.getInstance(),
                        MethodWrapperBuiltinsFactory.CallNodeFactory.getInstance()));
        type(CLASSMETHOD, withoutNew(MethodWrapperBuiltinsFactory::getFactories, MethodWrapperBuiltinsFactory.CallNodeFactory.getInstance()));
        type(STATICMETHOD, withoutNew(MethodWrapperBuiltinsFactory::getFactories, MethodWrapperBuiltinsFactory.CallNodeFactory.getInstance()));
        type(GENERATOR, except(GeneratorBuiltinsFactory::getFactories, "cr_running", "cr_code", "cr_frame", "__await__", "ag_running", "ag_code", "ag_frame",
                        "cr_await", "ag_await", "cr_suspended", "cr_origin", "ag_suspended"));
        type(COROUTINE, except(GeneratorBuiltinsFactory::getFactories, "gi_running", "gi_code", "gi_frame", "gi_yieldfrom", "gi_suspended", "__iter__", "__next__", "ag_running", "ag_code", "ag_frame",
                        "ag_await", "ag_suspended"));
        type(ASYNC_GENERATOR, except(GeneratorBuiltinsFactory::getFactories, "gi_running", "gi_code", "gi_frame", "gi_yieldfrom", "gi_suspended", "__iter__", "__next__",
                        "cr_running", "cr_code", "cr_frame", "__await__", "send", "throw", "close", "cr_await", "cr_suspended", "cr_origin"));
        type(COROUTINE_WRAPPER, only(GeneratorBuiltinsFactory::getFactories, GeneratorBuiltinsFactory.IterNodeFactory.getInstance(), GeneratorBuiltinsFactory.NextNodeFactory.getInstance(),
                        GeneratorBuiltinsFactory.SendNodeFactory.getInstance(), GeneratorBuiltinsFactory.ThrowNodeFactory.getInstance(), GeneratorBuiltinsFactory.CloseNodeFactory.getInstance()));
        type(ASYNC_GENERATOR, one(GenericAliasBuiltinsFactory.ClassGetItemNodeFactory.getInstance()));
        type(ASYNC_GENERATOR, AsyncGeneratorBuiltinsFactory::getFactories);
        type(ASYNC_GENERATOR_ASEND, AsyncGenStepBuiltinsFactory::getFactories);
        type(ASYNC_GENERATOR_ATHROW, AsyncGenStepBuiltinsFactory::getFactories);

        type(SLICE, SliceBuiltinsFactory::getFactories);
        type(CELL, CellBuiltinsFactory::getFactories);
        type(MEMBER_DESCRIPTOR, DescriptorBuiltinsFactory::getFactories);
        type(GETSET_DESCRIPTOR, DescriptorBuiltinsFactory::getFactories);
        type(FRAME, FrameBuiltinsFactory::getFactories);
        type(TRACEBACK, TracebackBuiltinsFactory::getFactories);

        registerIterators();
        type(ENUMERATE, one(IteratorTypesBuiltinsFactory.EnumerateNewNodeFactory.getInstance()));
        type(ZIP, one(IteratorTypesBuiltinsFactory.ZipNewNodeFactory.getInstance()));
        type(MAP, one(IteratorTypesBuiltinsFactory.MapNewNodeFactory.getInstance()));
        type(FILTER, one(IteratorTypesBuiltinsFactory.FilterNewNodeFactory.getInstance()));
        type(REVERSED, one(IteratorTypesBuiltinsFactory.ReversedNewNodeFactory.getInstance()));
        registerItertools();
        type(LOCK, except(LockBuiltinsFactory::getFactories, "__new__", "_is_owned", "_recursion_count", "_release_save", "_acquire_restore"));
        type(RLOCK, except(LockBuiltinsFactory::getFactories, "locked"));
        BuiltinRegistry.module("_thread", dev.taipan.builtins.modules.ThreadModule::new);
        type(DEQUE, DequeBuiltinsFactory::getFactories);
        type(DEQUE, one(GenericAliasBuiltinsFactory.ClassGetItemNodeFactory.getInstance()));
        BuiltinRegistry.typeAttribute(DEQUE, "__hash__", dev.taipan.runtime.objects.PNone.NONE);
        type(DEQUE_ITERATOR, DequeIteratorBuiltinsFactory::getFactories);
        type(DEQUE_REVERSE_ITERATOR, DequeIteratorBuiltinsFactory::getFactories);
        type(DEFAULTDICT, DefaultDictBuiltinsFactory::getFactories);
        type(TUPLEGETTER, TupleGetterBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_collections", dev.taipan.builtins.modules.CollectionsModule::new);

        // _sre: the regular expression engine
        type(SRE_PATTERN, PatternBuiltinsFactory::getFactories);
        type(SRE_MATCH, MatchBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(SRE_PATTERN, SRE_MATCH)) {
            type(t, one(GenericAliasBuiltinsFactory.ClassGetItemNodeFactory.getInstance()));
        }
        type(SRE_SCANNER, ScannerBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_sre", dev.taipan.builtins.modules.SreModule::new);

        type(BASE_EXCEPTION, BaseExceptionBuiltinsFactory::getFactories);
        type(BASE_EXCEPTION_GROUP, ExceptionGroupBuiltinsFactory::getFactories);
        type(STOP_ITERATION, StopIterationBuiltinsFactory::getFactories);
        type(SYSTEM_EXIT, SystemExitBuiltinsFactory::getFactories);
        type(OS_ERROR, OSErrorBuiltinsFactory::getFactories);
        type(SYNTAX_ERROR, SyntaxErrorBuiltinsFactory::getFactories);
        type(IMPORT_ERROR, ImportErrorBuiltinsFactory::getFactories);
        type(ATTRIBUTE_ERROR, AttributeErrorBuiltinsFactory::getFactories);
        type(NAME_ERROR, NameErrorBuiltinsFactory::getFactories);
        type(UNICODE_ERROR, UnicodeErrorBuiltinsFactory::getFactories);

        BuiltinRegistry.module("builtins", BuiltinsModule::new);
        BuiltinRegistry.module("sys", SysModule::new);
        BuiltinRegistry.module("_taipan", TaipanModule::new);
        BuiltinRegistry.module("polyglot", dev.taipan.builtins.modules.PolyglotModule::new);
        BuiltinRegistry.module("_weakref", dev.taipan.builtins.modules.WeakrefModule::new);
        BuiltinRegistry.module("gc", dev.taipan.builtins.modules.GcModule::new);
        BuiltinRegistry.module("_abc", dev.taipan.builtins.modules.AbcModule::new);
        BuiltinRegistry.module("math", dev.taipan.builtins.modules.MathModule::new);
        BuiltinRegistry.module("time", dev.taipan.builtins.modules.TimeModule::new);
        BuiltinRegistry.module("errno", dev.taipan.builtins.modules.ErrnoModule::new);
        BuiltinRegistry.module("atexit", dev.taipan.builtins.modules.AtExitModule::new);
        BuiltinRegistry.module("_codecs", dev.taipan.builtins.modules.CodecsModule::new);
        BuiltinRegistry.module("_typing", () -> new dev.taipan.builtins.modules.PythonSourceModule("_typing"));
        BuiltinRegistry.module("dis", () -> new dev.taipan.builtins.modules.PythonSourceModule("dis"));
        BuiltinRegistry.module("_signal", () -> new dev.taipan.builtins.modules.PythonSourceModule("_signal"));
        BuiltinRegistry.module("_tokenize", () -> new dev.taipan.builtins.modules.PythonSourceModule("_tokenize"));
        BuiltinRegistry.module("_posixsubprocess", () -> new dev.taipan.builtins.modules.PythonSourceModule("_posixsubprocess"));
        BuiltinRegistry.module("faulthandler", () -> new dev.taipan.builtins.modules.PythonSourceModule("faulthandler"));
        BuiltinRegistry.module("_json", () -> new dev.taipan.builtins.modules.PythonSourceModule("_json"));
        BuiltinRegistry.module("_taipan_json", dev.taipan.builtins.modules.TaipanJsonModule::new);
        BuiltinRegistry.module("pyexpat", () -> new dev.taipan.builtins.modules.PythonSourceModule("pyexpat"));
        BuiltinRegistry.module("_taipan_expat", dev.taipan.builtins.modules.TaipanExpatModule::new);
        BuiltinRegistry.module("_frozen_importlib", () -> new dev.taipan.builtins.modules.PythonSourceModule("_frozen_importlib"));
        BuiltinRegistry.module("_lsprof", () -> new dev.taipan.builtins.modules.PythonSourceModule("_lsprof"));
        BuiltinRegistry.module("resource", () -> new dev.taipan.builtins.modules.PythonSourceModule("resource"));
        BuiltinRegistry.module("_frozen_importlib_external", () -> new dev.taipan.builtins.modules.PythonSourceModule("_frozen_importlib_external"));
        BuiltinRegistry.module("_contextvars", () -> new dev.taipan.builtins.modules.PythonSourceModule("_contextvars"));
        BuiltinRegistry.module("_ast", () -> new dev.taipan.builtins.modules.PythonSourceModule("_ast"));
        BuiltinRegistry.module("_imp", () -> new dev.taipan.builtins.modules.PythonSourceModule("_imp"));
        BuiltinRegistry.module("_warnings", () -> new dev.taipan.builtins.modules.PythonSourceModule("_warnings"));
        BuiltinRegistry.module("_taipan_builtins", () -> new dev.taipan.builtins.modules.PythonSourceModule("_taipan_builtins"));
        BuiltinRegistry.module("_taipan_importlib", () -> new dev.taipan.builtins.modules.PythonSourceModule("_taipan_importlib"));
        BuiltinRegistry.module("marshal", () -> new dev.taipan.builtins.modules.PythonSourceModule("marshal"));
        BuiltinRegistry.module("_polyglot_datetime", () -> new dev.taipan.builtins.modules.PythonSourceModule("_polyglot_datetime"));
        // sysconfig's build-time variables, under the name it derives from sys.abiflags, sys.platform and _multiarch
        BuiltinRegistry.module("_sysconfigdata__linux_x86_64-linux-gnu", () -> new dev.taipan.builtins.modules.PythonSourceModule(
                        "_sysconfigdata__linux_x86_64-linux-gnu", "_sysconfigdata"));
        registerCModules();
        registerOsAndIo();
    }

    /** C-level modules of the stdlib: _string, _struct, _random, _bisect, _heapq, binascii, hashes. */
    private static void registerCModules() {
        type(FORMATTER_ITERATOR, IteratorBuiltinsFactory::getFactories);
        type(FIELDNAME_ITERATOR, IteratorBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_string", dev.taipan.builtins.modules.StringModule::new);
        type(STRUCT, StructBuiltinsFactory::getFactories);
        type(STRUCT_UNPACK_ITERATOR, IteratorBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_struct", dev.taipan.builtins.modules.StructModule::new);
        type(RANDOM, RandomBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_random", dev.taipan.builtins.modules.RandomModule::new);
        BuiltinRegistry.module("_bisect", dev.taipan.builtins.modules.BisectModule::new);
        BuiltinRegistry.module("_heapq", dev.taipan.builtins.modules.HeapqModule::new);
        BuiltinRegistry.module("binascii", dev.taipan.builtins.modules.BinasciiModule::new);
        type(ZLIB_COMPRESS, CompressBuiltinsFactory::getFactories);
        type(ZLIB_DECOMPRESS, DecompressBuiltinsFactory::getFactories);
        type(ZLIB_DECOMPRESSOR, ZlibDecompressorBuiltinsFactory::getFactories);
        type(ZLIB_DECOMPRESS, ZlibStreamBuiltinsFactory::getFactories);
        type(ZLIB_DECOMPRESSOR, ZlibStreamBuiltinsFactory::getFactories);
        BuiltinRegistry.module("zlib", dev.taipan.builtins.modules.ZlibModule::new);
        type(SOCKET, SocketBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_socket", dev.taipan.builtins.modules.SocketModule::new);
        type(SELECT_POLL, PollBuiltinsFactory::getFactories);
        BuiltinRegistry.module("select", dev.taipan.builtins.modules.SelectModule::new);
        for (BuiltinType t : List.of(MD5_HASH, SHA1_HASH, SHA224_HASH, SHA256_HASH, SHA384_HASH, SHA512_HASH, SHA3_224_HASH, SHA3_256_HASH, SHA3_384_HASH, SHA3_512_HASH,
                        SHAKE_128_HASH, SHAKE_256_HASH, BLAKE2B_HASH, BLAKE2S_HASH)) {
            type(t, HashBuiltinsFactory::getFactories);
        }
        BuiltinRegistry.module("_md5", dev.taipan.builtins.modules.HashModules::md5);
        BuiltinRegistry.module("_sha1", dev.taipan.builtins.modules.HashModules::sha1);
        BuiltinRegistry.module("_sha2", dev.taipan.builtins.modules.HashModules::sha2);
        BuiltinRegistry.module("_sha3", dev.taipan.builtins.modules.HashModules::sha3);
        BuiltinRegistry.module("_blake2", dev.taipan.builtins.modules.Blake2Module::new);
        BuiltinRegistry.module("_operator", dev.taipan.builtins.modules.OperatorModule::new);
        type(CSV_DIALECT, CsvDialectBuiltinsFactory::getFactories);
        type(CSV_READER, IteratorBuiltinsFactory::getFactories);
        type(CSV_READER, only(CsvReaderWriterBuiltinsFactory::getFactories, CsvReaderWriterBuiltinsFactory.LineNumNodeFactory.getInstance(),
                        CsvReaderWriterBuiltinsFactory.DialectNodeFactory.getInstance()));
        type(CSV_WRITER, except(CsvReaderWriterBuiltinsFactory::getFactories, "line_num"));
        for (BuiltinType t : List.of(CSV_READER, CSV_WRITER, ARRAY_ITERATOR)) {
            type(t, NoInstancesBuiltinsFactory::getFactories);
        }
        BuiltinRegistry.module("_csv", dev.taipan.builtins.modules.CsvModule::new);
        BuiltinRegistry.module("cmath", dev.taipan.builtins.modules.CmathModule::new);
        type(ARRAY, ArrayBuiltinsFactory::getFactories);
        type(ARRAY, ArrayMethodsFactory::getFactories);
        type(ARRAY, one(GenericAliasBuiltinsFactory.ClassGetItemNodeFactory.getInstance()));
        BuiltinRegistry.typeAttribute(ARRAY, "__hash__", dev.taipan.runtime.objects.PNone.NONE);
        BuiltinRegistry.module("array", dev.taipan.builtins.modules.ArrayModule::new);
        BuiltinRegistry.module("unicodedata", dev.taipan.builtins.modules.UnicodedataModule::new);
        BuiltinRegistry.module("_functools", dev.taipan.builtins.modules.FunctoolsModule::new);
    }

    /** posix (the C half of os) and _io. */
    private static void registerOsAndIo() {
        type(DIR_ENTRY, DirEntryBuiltinsFactory::getFactories);
        type(SCANDIR_ITERATOR, ScandirBuiltinsFactory::getFactories);
        BuiltinRegistry.module("posix", dev.taipan.builtins.modules.PosixModule::new);
        type(IO_BASE, except(IOBaseBuiltinsFactory::getFactories, "read", "readall"));
        type(RAW_IO_BASE, only(IOBaseBuiltinsFactory::getFactories, IOBaseBuiltinsFactory.RawReadNodeFactory.getInstance(), IOBaseBuiltinsFactory.RawReadallNodeFactory.getInstance()));
        type(BUFFERED_IO_BASE, BufferedIOBaseBuiltinsFactory::getFactories);
        type(TEXT_IO_BASE, TextIOBaseBuiltinsFactory::getFactories);
        type(FILE_IO, FileIOBuiltinsFactory::getFactories);
        type(BYTES_IO, BytesIOBuiltinsFactory::getFactories);
        type(STRING_IO, StringIOBuiltinsFactory::getFactories);
        for (BuiltinType t : List.of(BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM)) {
            type(t, BufferedBuiltinsFactory::getFactories);
        }
        type(BUFFERED_RWPAIR, BufferedRWPairBuiltinsFactory::getFactories);
        type(TEXT_IO_WRAPPER, TextIOWrapperBuiltinsFactory::getFactories);
        type(INCREMENTAL_NEWLINE_DECODER, IncrementalNewlineDecoderBuiltinsFactory::getFactories);
        BuiltinRegistry.module("_io", dev.taipan.builtins.modules.IoModule::new);
    }

    /**
     * The VM's iterators: all have {@code __iter__} and {@code __next__}; {@code __length_hint__},
     * {@code __reduce__} and {@code __setstate__} only where CPython's have them.
     */
    private static void registerIterators() {
        List<BuiltinType> lengthHinted = List.of(LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, RANGE_ITERATOR, LONGRANGE_ITERATOR, STR_ASCII_ITERATOR, STR_ITERATOR, BYTES_ITERATOR,
                        BYTEARRAY_ITERATOR, SET_ITERATOR, SEQUENCE_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, DICT_REVERSEKEYITERATOR,
                        DICT_REVERSEVALUEITERATOR, DICT_REVERSEITEMITERATOR, REVERSED, DEQUE_ITERATOR, DEQUE_REVERSE_ITERATOR);
        List<BuiltinType> others = List.of(CALLABLE_ITERATOR, ENUMERATE, ZIP, MAP, FILTER, ARRAY_ITERATOR, MEMORY_ITERATOR, GENERIC_ALIAS_ITERATOR);
        List<BuiltinType> withState = List.of(LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, RANGE_ITERATOR, LONGRANGE_ITERATOR, STR_ASCII_ITERATOR, STR_ITERATOR, BYTES_ITERATOR,
                        BYTEARRAY_ITERATOR, SEQUENCE_ITERATOR, ZIP, REVERSED, ARRAY_ITERATOR);
        for (List<BuiltinType> types : List.of(lengthHinted, others)) {
            for (BuiltinType t : types) {
                type(t, except(IteratorBuiltinsFactory::getFactories, "__length_hint__"));
                if (t != MEMORY_ITERATOR) {
                    type(t, one(IteratorPicklingFactory.ReduceNodeFactory.getInstance()));
                }
            }
        }
        for (BuiltinType t : lengthHinted) {
            type(t, one(IteratorBuiltinsFactory.LengthHintNodeFactory.getInstance()));
        }
        for (BuiltinType t : withState) {
            type(t, one(IteratorPicklingFactory.SetStateNodeFactory.getInstance()));
        }
    }

    private static void registerItertools() {
        for (BuiltinType t : dev.taipan.builtins.modules.ItertoolsModule.TYPES) {
            type(t, IteratorBuiltinsFactory::getFactories);
        }
        type(IT_COUNT, one(ItertoolsConstructorsFactory.CountNewNodeFactory.getInstance()));
        type(IT_COUNT, one(ItertoolsConstructorsFactory.CountReprNodeFactory.getInstance()));
        type(IT_REPEAT, one(ItertoolsConstructorsFactory.RepeatNewNodeFactory.getInstance()));
        type(IT_REPEAT, one(ItertoolsConstructorsFactory.RepeatReprNodeFactory.getInstance()));
        type(IT_REPEAT, one(ItertoolsConstructorsFactory.RepeatLengthHintNodeFactory.getInstance()));
        type(IT_CYCLE, one(ItertoolsConstructorsFactory.CycleNewNodeFactory.getInstance()));
        type(IT_ACCUMULATE, one(ItertoolsConstructorsFactory.AccumulateNewNodeFactory.getInstance()));
        type(IT_CHAIN, one(ItertoolsConstructorsFactory.ChainNewNodeFactory.getInstance()));
        type(IT_CHAIN, one(ItertoolsConstructorsFactory.ChainFromIterableNodeFactory.getInstance()));
        type(IT_COMPRESS, one(ItertoolsConstructorsFactory.CompressNewNodeFactory.getInstance()));
        type(IT_DROPWHILE, one(ItertoolsConstructorsFactory.DropWhileNewNodeFactory.getInstance()));
        type(IT_TAKEWHILE, one(ItertoolsConstructorsFactory.TakeWhileNewNodeFactory.getInstance()));
        type(IT_FILTERFALSE, one(ItertoolsConstructorsFactory.FilterFalseNewNodeFactory.getInstance()));
        type(IT_STARMAP, one(ItertoolsConstructorsFactory.StarMapNewNodeFactory.getInstance()));
        type(IT_PAIRWISE, one(ItertoolsConstructorsFactory.PairwiseNewNodeFactory.getInstance()));
        type(IT_BATCHED, one(ItertoolsConstructorsFactory.BatchedNewNodeFactory.getInstance()));
        type(IT_ZIP_LONGEST, one(ItertoolsConstructorsFactory.ZipLongestNewNodeFactory.getInstance()));
        type(IT_ISLICE, one(ItertoolsConstructorsFactory.ISliceNewNodeFactory.getInstance()));
        type(IT_GROUPBY, one(ItertoolsConstructorsFactory.GroupByNewNodeFactory.getInstance()));
        type(IT_TEE, one(ItertoolsConstructorsFactory.TeeCopyNodeFactory.getInstance()));
        type(IT_PRODUCT, one(ItertoolsConstructorsFactory.ProductNewNodeFactory.getInstance()));
        type(IT_COMBINATIONS, one(ItertoolsConstructorsFactory.CombinationsNewNodeFactory.getInstance()));
        type(IT_COMBINATIONS_WITH_REPLACEMENT, one(ItertoolsConstructorsFactory.CombinationsWithReplacementNewNodeFactory.getInstance()));
        type(IT_PERMUTATIONS, one(ItertoolsConstructorsFactory.PermutationsNewNodeFactory.getInstance()));
        BuiltinRegistry.module("itertools", dev.taipan.builtins.modules.ItertoolsModule::new);
    }

    private static void type(BuiltinType t, BuiltinRegistry.FactoryList factories) {
        BuiltinRegistry.type(t, factories);
    }

    private static BuiltinRegistry.FactoryList one(NodeFactory<? extends PythonBuiltinNode> factory) {
        return () -> List.of(factory);
    }

    /** The factories of {@code all} that are among {@code chosen}. */
    @SafeVarargs
    private static BuiltinRegistry.FactoryList only(BuiltinRegistry.FactoryList all, NodeFactory<? extends PythonBuiltinNode>... chosen) {
        return () -> all.get().stream().filter(f -> List.of(chosen).contains(f)).toList();
    }

    /** The factories of {@code all} except the {@code __new__}s and {@code skipped}. */
    @SafeVarargs
    private static BuiltinRegistry.FactoryList withoutNew(BuiltinRegistry.FactoryList all, NodeFactory<? extends PythonBuiltinNode>... skipped) {
        return () -> all.get().stream().filter(f -> !List.of(skipped).contains(f) && !"__new__".equals(nameOf(f))).toList();
    }

    /** The factories of {@code all} whose Python names are not in {@code names}. */
    private static BuiltinRegistry.FactoryList except(BuiltinRegistry.FactoryList all, String... names) {
        return () -> all.get().stream().filter(f -> !List.of(names).contains(nameOf(f))).toList();
    }

    private static String nameOf(NodeFactory<?> f) {
        return BuiltinAnnotations.of(f.getNodeClass()).name();
    }
}
