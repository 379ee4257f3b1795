"""Taipan's pyexpat: expat's parser interface over the JDK's SAX parser.

A document is parsed when Parse() is told it is complete (the data of earlier calls is kept
until then), so the handlers run during that final call. Events, handler attributes,
ordered_attributes, buffer_text and namespace separators behave as in expat; error positions
are the JDK parser's, and its messages are mapped onto expat's error codes.
"""

import sys as _sys
import types as _types

import _taipan_expat

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


error = ExpatError

_MESSAGES = [
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
    "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed", "illegal character(s) in public id",
    "parser suspended", "parser not suspended", "parsing aborted", "parsing finished",
    "cannot suspend in external parameter entity",
]
_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
    "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
    "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
    "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
    "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
    "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE",
]

errors = _types.ModuleType('pyexpat.errors')
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, 'XML_ERROR_' + _NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]

model = _types.ModuleType('pyexpat.model')
for _i, _n in enumerate(['EMPTY', 'ANY', 'MIXED', 'NAME', 'CHOICE', 'SEQ'], 1):
    setattr(model, 'XML_CTYPE_' + _n, _i)
for _i, _n in enumerate(['NONE', 'OPT', 'REP', 'PLUS']):
    setattr(model, 'XML_CQUANT_' + _n, _i)


def ErrorString(code):
    """Returns string error for given number."""
    return _MESSAGES[code] if 0 < code < len(_MESSAGES) else None


# the JDK parser's wording -> expat's error code
_JDK_ERRORS = [
    ("must be terminated by the matching end-tag", 7),
    ("XML document structures must start and end within the same entity", 3),
    ("Premature end of file", 3),
    ("following the root element must be well-formed", 9),
    ("Content is not allowed in prolog", 2),
    ("Content is not allowed in trailing section", 9),
    ("was referenced, but not declared", 11),
    ("was already specified for element", 8),
    ("is not bound", 27),
    ("The processing instruction target matching", 17),
    ("character reference", 14),
]

_HANDLERS = [
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler', 'CharacterDataHandler',
    'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler',
    'EndNamespaceDeclHandler', 'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler',
    'DefaultHandler', 'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler',
    'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
]


class xmlparser:
    """XML parser."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        self.intern = {} if intern is None else intern
        for h in _HANDLERS:
            object.__setattr__(self, h, None)
        self._encoding = encoding
        self._separator = namespace_separator
        self._chunks = []
        self._text = []
        self._done = False
        self._error = None
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._base = None

    @property
    def buffer_used(self):
        return sum(len(t) for t in self._text)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def UseForeignDTD(self, flag=True):
        pass

    def SetParamEntityParsing(self, flag):
        return 1

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        return self.Parse(file.read(), True)

    def Parse(self, data, isfinal=False):
        """Parse XML data; the document is parsed once isfinal is true."""
        if self._error is not None:
            raise self._error
        if self._done:
            self._raise(36, 1, 0)
        if isinstance(data, str):
            data = data.encode('utf-8')
            if self._encoding is None:
                self._encoding = 'utf-8'
        self._chunks.append(bytes(data))
        if not isfinal:
            return 1
        self._done = True
        document = b''.join(self._chunks)
        self._chunks = []
        if self._encoding is not None and not document.lstrip().startswith(b'<?xml'):
            document = document.decode(self._encoding)
        _taipan_expat.parse(document, self._separator, self)
        self._flush()
        return 1

    def _raise(self, code, line, column):
        self.ErrorCode = code
        self.ErrorLineNumber = self.CurrentLineNumber = line
        self.ErrorColumnNumber = self.CurrentColumnNumber = column
        err = ExpatError('%s: line %d, column %d' % (_MESSAGES[code], line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        self._error = err
        raise err

    # called by _taipan_expat.parse

    def _fail(self, message, line, column):
        self._flush()
        code = 4
        for text, c in _JDK_ERRORS:
            if text in message:
                code = c
                break
        self._raise(code, line, column)

    def _flush(self):
        if self._text:
            text = ''.join(self._text)
            self._text = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(text)

    def _data(self, text):
        if self.buffer_text:
            self._text.append(text)
        else:
            h = self.CharacterDataHandler
            if h is not None:
                h(text)
            elif self.DefaultHandlerExpand is not None:
                self.DefaultHandlerExpand(text)

    def _start(self, name, attrs):
        self._flush()
        h = self.StartElementHandler
        if h is not None:
            h(name, attrs if self.ordered_attributes else dict(zip(attrs[::2], attrs[1::2])))

    def _end(self, name):
        self._flush()
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)

    def _comment(self, text):
        self._flush()
        if self.CommentHandler is not None:
            self.CommentHandler(text)

    def _pi(self, target, data):
        self._flush()
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, data)

    def _start_ns(self, prefix, uri):
        self._flush()
        if self.StartNamespaceDeclHandler is not None:
            self.StartNamespaceDeclHandler(prefix, uri)

    def _end_ns(self, prefix):
        self._flush()
        if self.EndNamespaceDeclHandler is not None:
            self.EndNamespaceDeclHandler(prefix)


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return xmlparser(encoding, namespace_separator, intern)


_sys.modules.setdefault('pyexpat.errors', errors)
_sys.modules.setdefault('pyexpat.model', model)
