# Prints the dir() of every builtin type, one line per type: "name attr attr ...".
# BuiltinSurfaceTest runs it on python3 and on Taipan and reports what Taipan lacks.
import types, sys
TYPES = [object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset,
         range, slice, enumerate, zip, map, filter, reversed, property, classmethod, staticmethod, super,
         type(None), type(NotImplemented), type(...), types.FunctionType, types.MethodType, types.CodeType,
         types.FrameType, types.TracebackType, types.CellType, types.GeneratorType, types.CoroutineType,
         types.AsyncGeneratorType, types.ModuleType, BaseException, Exception, BaseExceptionGroup, OSError,
         types.SimpleNamespace, types.MappingProxyType, types.BuiltinFunctionType]
for t in TYPES:
    print(t.__name__, " ".join(sorted(n for n in dir(t))))
