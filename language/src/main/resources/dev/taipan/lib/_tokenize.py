"""Taipan's _tokenize: the token stream tokenize.py reads from CPython's C tokenizer.

TokenizerIter runs Taipan's own tokenizer (dev.taipan.parser, the one the parser uses) in its
extra-tokens mode, which adds COMMENT and NL tokens, and yields tokenize's 5-tuples. A
tokenizer error is raised after the tokens before it, as the C iterator does.
"""

import _taipan
import token as _token


class TokenizerIter:
    def __init__(self, readline, *, extra_tokens=False, encoding=None):
        self._readline = readline
        self._encoding = encoding
        self._extra = extra_tokens
        self._tokens = None

    def __iter__(self):
        return self

    def _read_source(self):
        parts = []
        while True:
            try:
                line = self._readline()
            except StopIteration:
                break
            if not line:
                break
            if self._encoding is not None and isinstance(line, bytes):
                line = line.decode(self._encoding)
            parts.append(line)
        tokens, error = _taipan.tokenize("".join(parts))
        self._tokens = iter(tokens)
        self._error = error

    def __next__(self):
        if self._tokens is None:
            self._read_source()
        for kind, string, start, end, line in self._tokens:
            if kind == "OP" and not self._extra:
                type = _token.EXACT_TOKEN_TYPES[string]
            else:
                type = getattr(_token, kind)
            return (type, string, start, end, line)
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        raise StopIteration
