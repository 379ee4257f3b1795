# The API coverage of bytes, bytearray and memoryview: every name the CPython 3.11 types define
# themselves (vars(type); what they inherit from object is the object model's business). On
# CPython the "missing" lists are empty; on Taipan a gap shows as a name.

BYTES_NAMES = [
    '__add__', '__bytes__', '__contains__', '__doc__', '__eq__', '__ge__', '__getattribute__',
    '__getitem__', '__getnewargs__', '__gt__', '__hash__', '__iter__', '__le__', '__len__',
    '__lt__', '__mod__', '__mul__', '__ne__', '__new__', '__repr__', '__rmod__', '__rmul__',
    '__str__', 'capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find',
    'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace',
    'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition',
    'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit',
    'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate',
    'upper', 'zfill',
]
BYTEARRAY_NAMES = [
    '__add__', '__alloc__', '__contains__', '__delitem__', '__doc__', '__eq__', '__ge__',
    '__getattribute__', '__getitem__', '__gt__', '__hash__', '__iadd__', '__imul__', '__init__',
    '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__new__',
    '__reduce__', '__reduce_ex__', '__repr__', '__rmod__', '__rmul__', '__setitem__', '__sizeof__',
    '__str__', 'append', 'capitalize', 'center', 'clear', 'copy', 'count', 'decode', 'endswith',
    'expandtabs', 'extend', 'find', 'fromhex', 'hex', 'index', 'insert', 'isalnum', 'isalpha',
    'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower',
    'lstrip', 'maketrans', 'partition', 'pop', 'remove', 'removeprefix', 'removesuffix', 'replace',
    'reverse', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines',
    'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill',
]
MEMORYVIEW_NAMES = [
    '__delitem__', '__doc__', '__enter__', '__eq__', '__exit__', '__ge__', '__getattribute__',
    '__getitem__', '__gt__', '__hash__', '__iter__', '__le__', '__len__', '__lt__', '__ne__',
    '__new__', '__repr__', '__setitem__', 'c_contiguous', 'cast', 'contiguous', 'f_contiguous',
    'format', 'hex', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'release', 'shape', 'strides',
    'suboffsets', 'tobytes', 'tolist', 'toreadonly',
]

for cls, names in [(bytes, BYTES_NAMES), (bytearray, BYTEARRAY_NAMES), (memoryview, MEMORYVIEW_NAMES)]:
    print(cls.__name__, "missing:", [n for n in names if not hasattr(cls, n)])

print(sorted(n for n in dir(bytes) if not n.startswith("_")) == sorted(n for n in BYTES_NAMES if not n.startswith("_")))
print(sorted(n for n in dir(bytearray) if not n.startswith("_") and n in BYTEARRAY_NAMES))
print(sorted(n for n in set(BYTES_NAMES) - set(BYTEARRAY_NAMES) if n in dir(bytes)))
print(sorted(n for n in dir(memoryview) if not n.startswith("_") and n in MEMORYVIEW_NAMES))
print(bytearray.__hash__, memoryview.__hash__ is not None, bytes.__hash__ is not None)
