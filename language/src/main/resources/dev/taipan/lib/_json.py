"""Taipan's _json: json's accelerator (scanstring, the scanner and the encoder in Java).

json.decoder, json.scanner and json.encoder use these when they import; the work is done by
_taipan_json (dev.taipan.runtime.json), and this module gives it CPython's interface.
"""

import _taipan_json

encode_basestring_ascii = _taipan_json.encode_basestring_ascii
encode_basestring = _taipan_json.encode_basestring


def _error(msg, s, pos):
    from json.decoder import JSONDecodeError
    raise JSONDecodeError(msg, s, pos) from None


def scanstring(string, end, strict=True):
    """Scan the string s for a JSON string; return (str, index after the closing quote)."""
    return _taipan_json.scanstring(string, end, strict, _error)


class make_scanner:
    """JSON scanner object: scanner(string, idx) -> (value, end)."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return _taipan_json.scan_once(self, string, idx, _error)
        finally:
            self.memo.clear()

    scan_once = __call__


class make_encoder:
    """Encoder object: encoder(obj, _current_indent_level) -> a tuple of str chunks."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if indent is not None:
            raise TypeError("make_encoder() argument 4 must be None, not %s" % type(indent).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        return (_taipan_json.encode(self, obj, encode_basestring_ascii, encode_basestring),)
