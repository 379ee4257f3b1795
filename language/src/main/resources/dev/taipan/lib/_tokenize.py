"""Taipan's _tokenize: what tokenize.py imports from CPython's C tokenizer.

tokenize.tokenize() and generate_tokens() need TokenizerIter, the C tokenizer's token stream with
comments and NL tokens. Taipan's tokenizer (dev.taipan.parser) produces the tokens its parser
needs and is not exposed to Python yet; until it is, TokenizerIter raises NotImplementedError
when used. Importing tokenize (and linecache, traceback, threading, logging...) works.
"""


class TokenizerIter:
    def __init__(self, source, *, encoding=None, extra_tokens=False):
        self.source = source

    def __iter__(self):
        return self

    def __next__(self):
        raise NotImplementedError("Taipan cannot tokenize from Python yet (tokenize.generate_tokens, inspect.getsource)")
