"""Taipan's marshal: CPython's marshal format (version 4) for the value types.

Code objects cannot be marshalled: Taipan's code objects run Truffle bytecode, not CPython's,
so there is nothing for a .pyc file to hold (Taipan compiles from source, and never writes .pyc).
"""

version = 4

_NULL, _NONE, _FALSE, _TRUE, _STOP, _ELLIPSIS = b"0", b"N", b"F", b"T", b"S", b"."
_INT, _LONG, _BINARY_FLOAT, _BINARY_COMPLEX = b"i", b"l", b"g", b"y"
_STRING, _UNICODE, _TUPLE, _LIST, _DICT, _SET, _FROZENSET = b"s", b"u", b"(", b"[", b"{", b"<", b">"
_SMALL_TUPLE, _SHORT_ASCII = b")", b"z"


def _w_long(n):
    return (n & 0xFFFFFFFF).to_bytes(4, "little")


def _dump(obj, out):
    import struct
    if obj is None:
        out.append(_NONE)
    elif obj is False:
        out.append(_FALSE)
    elif obj is True:
        out.append(_TRUE)
    elif obj is StopIteration:
        out.append(_STOP)
    elif obj is Ellipsis:
        out.append(_ELLIPSIS)
    elif type(obj) is int:
        if -2**31 <= obj < 2**31:
            out.append(_INT + _w_long(obj))
        else:
            digits = []
            n = abs(obj)
            while n:
                digits.append(n & 0x7FFF)
                n >>= 15
            size = len(digits) if obj > 0 else -len(digits)
            out.append(_LONG + _w_long(size) + b"".join(d.to_bytes(2, "little") for d in digits))
    elif type(obj) is float:
        out.append(_BINARY_FLOAT + struct.pack("<d", obj))
    elif type(obj) is complex:
        out.append(_BINARY_COMPLEX + struct.pack("<dd", obj.real, obj.imag))
    elif type(obj) is str:
        data = obj.encode("utf-8", "surrogatepass")
        out.append(_UNICODE + _w_long(len(data)) + data)
    elif type(obj) in (bytes, bytearray, memoryview):
        data = bytes(obj)
        out.append(_STRING + _w_long(len(data)) + data)
    elif type(obj) in (tuple, list, set, frozenset):
        code = {tuple: _TUPLE, list: _LIST, set: _SET, frozenset: _FROZENSET}[type(obj)]
        out.append(code + _w_long(len(obj)))
        for item in obj:
            _dump(item, out)
    elif type(obj) is dict:
        out.append(_DICT)
        for k, v in obj.items():
            _dump(k, out)
            _dump(v, out)
        out.append(_NULL)
    else:
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    out = []
    _dump(value, out)
    return b"".join(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def long(self):
        return int.from_bytes(self.take(4), "little", signed=True)

    def read(self):
        import struct
        code = self.take(1)[0] & 0x7F   # FLAG_REF bit: references are not used by dumps()
        code = bytes([code])
        if code == _NONE:
            return None
        if code == _FALSE:
            return False
        if code == _TRUE:
            return True
        if code == _STOP:
            return StopIteration
        if code == _ELLIPSIS:
            return Ellipsis
        if code == _NULL:
            return _NULL
        if code == _INT:
            return self.long()
        if code == _LONG:
            size = self.long()
            n = 0
            for i in range(abs(size)):
                n |= int.from_bytes(self.take(2), "little") << (15 * i)
            return n if size >= 0 else -n
        if code == _BINARY_FLOAT:
            return struct.unpack("<d", self.take(8))[0]
        if code == _BINARY_COMPLEX:
            re, im = struct.unpack("<dd", self.take(16))
            return complex(re, im)
        if code in (_UNICODE, b"t", b"a", b"A"):
            return self.take(self.long()).decode("utf-8", "surrogatepass")
        if code in (_SHORT_ASCII, b"Z"):
            return self.take(self.take(1)[0]).decode("ascii")
        if code == _STRING:
            return self.take(self.long())
        if code == _SMALL_TUPLE:
            return tuple(self.read() for _ in range(self.take(1)[0]))
        if code in (_TUPLE, _LIST, _SET, _FROZENSET):
            items = [self.read() for _ in range(self.long())]
            return {_TUPLE: tuple, _LIST: list, _SET: set, _FROZENSET: frozenset}[code](items)
        if code == _DICT:
            d = {}
            while True:
                k = self.read()
                if k is _NULL:
                    return d
                d[k] = self.read()
        if code == b"c":
            raise ValueError("bad marshal data (Taipan cannot load CPython code objects)")
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    return _Reader(bytes(data)).read()


def load(file, /):
    return loads(file.read())
